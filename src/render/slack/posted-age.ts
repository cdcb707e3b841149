const DAY_MS = 86_400_000;

const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Mar 3, 2025" for an ISO date (YYYY-MM-DD). */
export function formatDay(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dateFormat.format(time);
}

/**
 * How long ago a role was posted, counted in whole UTC days from `now`: "posted today", "posted 6 days ago",
 * "posted 3 weeks ago", then the date itself once weeks stop being useful. Null when no date is known.
 */
export function formatPostedAge(postedAt: string | null, now: Date): string | null {
  if (postedAt === null) return null;
  const posted = Date.parse(`${postedAt}T00:00:00Z`);
  if (Number.isNaN(posted)) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((today - posted) / DAY_MS);
  if (days < 0 || days >= 60) return `posted ${formatDay(postedAt)}`;
  if (days === 0) return 'posted today';
  if (days === 1) return 'posted yesterday';
  if (days < 14) return `posted ${days} days ago`;
  return `posted ${Math.floor(days / 7)} weeks ago`;
}
