import { z } from 'zod';
import { BUTTON_VALUE_MAX } from './limits.ts';

/**
 * The value carried by the "More" and "Share in channel" buttons: the question to ask again and the
 * 1-based page to show. Kept as small JSON so the listener needs no server-side state.
 */
export const MoreValue = z.object({
  q: z.string(),
  p: z.number().int().min(1),
});
export type MoreValue = z.infer<typeof MoreValue>;

/** JSON of `{q, p}` within a button value's 2,000 characters: a long question is cut, never the page. */
export function encodeMoreValue(value: MoreValue): string {
  const full = JSON.stringify(value);
  if (full.length <= BUTTON_VALUE_MAX) return full;
  const codePoints = Array.from(value.q);
  // JSON escaping can make one character up to six, so search for the longest prefix that fits.
  let low = 0;
  let high = codePoints.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const json = JSON.stringify({ q: codePoints.slice(0, mid).join(''), p: value.p });
    if (json.length <= BUTTON_VALUE_MAX) low = mid;
    else high = mid - 1;
  }
  return JSON.stringify({ q: codePoints.slice(0, low).join(''), p: value.p });
}

/** The `{q, p}` from a button value, or null when it is not one of ours. */
export function decodeMoreValue(raw: string): MoreValue | null {
  try {
    const parsed = MoreValue.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
