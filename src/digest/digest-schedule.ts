import { validateDetailed } from 'node-cron';
import { wallClock } from './wall-clock.ts';

/** A validated five-field cron expression in an IANA time zone. */
export interface DigestSchedule {
  readonly expression: string;
  readonly timeZone: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  /** 0 = Sunday. */
  readonly daysOfWeek: ReadonlySet<number>;
}

export class DigestScheduleError extends Error {
  override readonly name = 'DigestScheduleError';
  readonly code = 'roles.digest_schedule_invalid';
}

/**
 * Validates a cron expression and zone with node-cron's own parser, so what we check is what the scheduler
 * runs. Only plain five-field expressions (minute hour day-of-month month day-of-week) are accepted: the
 * catch-up after downtime must know the previous slot exactly, and L/W/# day tokens are not worth the risk.
 */
export function parseDigestSchedule(expression: string, timeZone: string): DigestSchedule {
  const trimmed = expression.trim();
  const fieldCount = trimmed.split(/\s+/).filter(Boolean).length;
  if (fieldCount !== 5) {
    throw new DigestScheduleError(
      `Digest schedule: "${expression}" has ${fieldCount} fields; expected 5 (minute hour day-of-month month ` +
        `day-of-week), for example "0 9 * * 1" for Mondays at 09:00`,
    );
  }
  const validation = validateDetailed(trimmed);
  if (!validation.valid || !validation.fields) {
    const problems = validation.errors.map((e) => e.message).join('; ');
    throw new DigestScheduleError(
      `Digest schedule: "${expression}" is not a valid cron expression: ${problems}`,
    );
  }
  const { fields } = validation;
  const numbers = (values: readonly (number | string)[], name: string): number[] => {
    if (values.some((v) => typeof v !== 'number')) {
      throw new DigestScheduleError(
        `Digest schedule: "${expression}" uses L, W or # in ${name}; use plain numbers, ranges, lists or steps`,
      );
    }
    return values as number[];
  };
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new DigestScheduleError(
      `Digest schedule: "${timeZone}" is not an IANA time zone; use a name such as Europe/London or America/New_York`,
    );
  }
  return {
    expression: trimmed,
    timeZone,
    minutes: [...fields.minute].sort((a, b) => b - a),
    hours: [...fields.hour].sort((a, b) => b - a),
    daysOfMonth: new Set(numbers(fields.dayOfMonth, 'day-of-month')),
    months: new Set(fields.month),
    daysOfWeek: new Set(numbers(fields.dayOfWeek, 'day-of-week').map((d) => d % 7)),
  };
}

/** Far enough for "29 February on a Monday"; anything rarer is treated as never. */
const MAX_DAYS_BACK = 366 * 30;

/**
 * The latest scheduled instant at or before `now`, or null if there is none in thirty years.
 * Like node-cron, a day must match both day-of-month and day-of-week; a local time skipped by a DST change
 * never fires, and one repeated by a DST change fires at both instants.
 */
export function previousScheduledTime(schedule: DigestSchedule, now: Date): Date | null {
  return nearestScheduledTime(schedule, now, -1, MAX_DAYS_BACK);
}

/**
 * Walks day by day from `now`'s local day (back for -1, forward for +1) to the first day holding a scheduled
 * instant on the right side of `now` (at or before it going back, strictly after it going forward), and
 * returns that day's instant closest to `now`.
 */
function nearestScheduledTime(
  schedule: DigestSchedule,
  now: Date,
  step: -1 | 1,
  maxDays: number,
): Date | null {
  const limit = now.getTime();
  const today = wallClock(limit, schedule.timeZone);
  let day = Date.UTC(today.year, today.month - 1, today.day);
  const onSide = (instant: number) => (step < 0 ? instant <= limit : instant > limit);
  const closer = (instant: number, best: number) => (step < 0 ? instant > best : instant < best);
  for (let i = 0; i < maxDays; i++, day += step * 86_400_000) {
    const date = new Date(day);
    const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (
      !schedule.months.has(month) ||
      !schedule.daysOfMonth.has(dayOfMonth) ||
      !schedule.daysOfWeek.has(date.getUTCDay())
    ) {
      continue;
    }
    let best: number | null = null;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        for (const instant of localToInstants(year, month, dayOfMonth, hour, minute, schedule.timeZone)) {
          if (onSide(instant) && (best === null || closer(instant, best))) best = instant;
        }
      }
    }
    if (best !== null) return new Date(best);
  }
  return null;
}

/** Every instant whose wall-clock time in the zone is the given one: none in a DST gap, two in an overlap. */
function localToInstants(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number[] {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = new Set(
    [-86_400_000, 0, 86_400_000].map((shift) => {
      const probe = asUtc + shift;
      const local = wallClock(probe, timeZone);
      const probeMinute = Math.floor(probe / 60_000) * 60_000;
      return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - probeMinute;
    }),
  );
  const instants: number[] = [];
  for (const offset of offsets) {
    const instant = asUtc - offset;
    const local = wallClock(instant, timeZone);
    if (
      local.year === year &&
      local.month === month &&
      local.day === day &&
      local.hour === hour &&
      local.minute === minute
    ) {
      instants.push(instant);
    }
  }
  return instants;
}

/** The first scheduled instant strictly after `now`, or null if there is none within two years. */
export function nextScheduledTime(schedule: DigestSchedule, now: Date): Date | null {
  return nearestScheduledTime(schedule, now, 1, 366 * 2);
}
