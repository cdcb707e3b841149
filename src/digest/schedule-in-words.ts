import cronstrue from 'cronstrue';
import { type DigestSchedule, nextScheduledTime, parseDigestSchedule } from './digest-schedule.ts';
import { wallClock } from './wall-clock.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "at 09:00, only on Monday (UTC)": a cron schedule as a person reads it (cronstrue), with its zone. */
export function scheduleInWords(cron: string, timeZone: string): string {
  let words: string;
  try {
    words = cronstrue.toString(cron, { use24HourTimeFormat: true, verbose: false });
  } catch {
    words = `on the schedule ${cron}`;
  }
  return `${lowerFirst(words)} (${timeZone})`;
}

/** "Monday 7 Dec at 09:00 (UTC)": the next send, in the schedule's zone; null when there is none. */
export function nextSendInWords(cron: string, timeZone: string, now: Date): string | null {
  let schedule: DigestSchedule;
  try {
    schedule = parseDigestSchedule(cron, timeZone);
  } catch {
    return null;
  }
  const next = nextScheduledTime(schedule, now);
  if (next === null) return null;
  const local = wallClock(next.getTime(), timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()];
  const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return `${weekday} ${local.day} ${MONTHS[local.month - 1]} at ${time} (${timeZone})`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
