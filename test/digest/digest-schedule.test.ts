import fc from 'fast-check';
import { createTask } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { parseDigestSchedule, previousScheduledTime } from '../../src/digest/digest-schedule.ts';

function previous(expression: string, timeZone: string, now: string): string | undefined {
  return previousScheduledTime(parseDigestSchedule(expression, timeZone), new Date(now))?.toISOString();
}

describe('previousScheduledTime', () => {
  it('finds last Monday 09:00 from a Wednesday', () => {
    expect(previous('0 9 * * 1', 'UTC', '2026-11-25T10:00:00Z')).toBe('2026-11-23T09:00:00.000Z');
  });

  it('counts a slot that is exactly now', () => {
    expect(previous('0 9 * * 1', 'UTC', '2026-11-23T09:00:00Z')).toBe('2026-11-23T09:00:00.000Z');
  });

  it('goes back a week from just before the slot', () => {
    expect(previous('0 9 * * 1', 'UTC', '2026-11-23T08:59:59Z')).toBe('2026-11-16T09:00:00.000Z');
  });

  it('reads the wall clock of the configured zone', () => {
    expect(previous('0 9 * * 1', 'America/New_York', '2026-11-25T10:00:00Z')).toBe(
      '2026-11-23T14:00:00.000Z',
    );
    expect(previous('0 9 * * 1', 'Asia/Tokyo', '2026-11-23T00:30:00Z')).toBe('2026-11-23T00:00:00.000Z');
  });

  it('skips a time the spring DST change removes', () => {
    // London jumps from 01:00 to 02:00 on 29 March 2026: there is no 01:30 that day.
    expect(previous('30 1 * * *', 'Europe/London', '2026-03-29T12:00:00Z')).toBe('2026-03-28T01:30:00.000Z');
  });

  it('fires at both instants of a time the autumn DST change repeats, like node-cron', () => {
    // 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT) on 25 October 2026.
    expect(previous('30 1 * * *', 'Europe/London', '2026-10-25T01:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
    expect(previous('30 1 * * *', 'Europe/London', '2026-10-25T02:00:00Z')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('needs day-of-month and day-of-week both to match, as node-cron does', () => {
    // The 1st of a month that is also a Monday: 1 June 2026, then 1 February 2027.
    expect(previous('0 9 1 * 1', 'UTC', '2027-01-15T00:00:00Z')).toBe('2026-06-01T09:00:00.000Z');
  });

  it('agrees with node-cron: the slot matches and no later minute before now does', () => {
    const expressions = ['*/20 * * * *', '15 */3 * * *', '0 9 * * 1-5', '45 23 * * *'];
    const zones = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...expressions),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        (expression, zone, minute) => {
          const now = new Date(start + minute * 60_000 + 17_000);
          const found = previousScheduledTime(parseDigestSchedule(expression, zone), now);
          const task = createTask(expression, () => undefined, { timezone: zone });
          try {
            expect(found).not.toBeNull();
            expect(task.match(found!)).toBe(true);
            for (let t = found!.getTime() + 60_000; t <= now.getTime(); t += 60_000) {
              expect(task.match(new Date(t))).toBe(false);
            }
          } finally {
            task.destroy();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('parseDigestSchedule', () => {
  it('explains an expression with the wrong number of fields', () => {
    expect(() => parseDigestSchedule('0 0 9 * * 1', 'UTC')).toThrow(/has 6 fields; expected 5/);
  });

  it('names what is wrong in an invalid expression', () => {
    expect(() => parseDigestSchedule('0 25 * * 1', 'UTC')).toThrow(
      /"0 25 \* \* 1" is not a valid cron.*hour/,
    );
  });

  it('refuses L, W and # day tokens', () => {
    expect(() => parseDigestSchedule('0 9 L * *', 'UTC')).toThrow(/uses L, W or # in day-of-month/);
  });

  it('refuses an unknown time zone with an example of a good one', () => {
    expect(() => parseDigestSchedule('0 9 * * 1', 'Mars/Olympus')).toThrow(
      /not an IANA time zone.*Europe\/London/,
    );
  });

  it('accepts names and Sunday as 7', () => {
    const schedule = parseDigestSchedule('0 9 * * SUN', 'UTC');
    expect([...schedule.daysOfWeek]).toEqual([0]);
    expect([...parseDigestSchedule('0 9 * * 7', 'UTC').daysOfWeek]).toEqual([0]);
  });
});
