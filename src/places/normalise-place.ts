/**
 * One spelling for comparing place names: lower case, no accents, no dots or apostrophes, hyphens as
 * spaces, single spaces. `Zürich` → `zurich`, `U.K.` → `uk`, `St. John's` → `st johns`, `Łódź` → `lodz`.
 * Every table in this folder is keyed by this form, so the gazetteer, the aliases and the query reader
 * agree on what counts as the same name.
 */
const PLAIN = /^[a-z]+(?: [a-z]+)*$/;

export function normalisePlaceName(name: string): string {
  let text = name.toLowerCase();
  if (PLAIN.test(text)) return text;
  // Most names are plain ASCII: skip the Unicode folding for them (135,000 names at start-up).
  if (/[^\x00-\x7f]/.test(text)) {
    text = text
      .replace(/ß/g, 'ss')
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/đ|ð/g, 'd')
      .replace(/ı/g, 'i')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[‐‑‒–—]/g, '-')
      .replace(/[’‘ʻ`´]/g, "'");
  }
  return text.replace(/[.']/g, '').replace(/[-_/]/g, ' ').replace(/\s+/g, ' ').trim();
}
