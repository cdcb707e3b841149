import countryToCurrency from 'country-to-currency';

// ISO 3166-1 alpha-2 → ISO 4217, from the maintained `country-to-currency` table. Kept behind one function so
// the pay reader never depends on the package's shape. "UK" is what people (and some boards) write for GB.
const table: Readonly<Record<string, string>> = countryToCurrency;

export function currencyOfCountry(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  const key = upper === 'UK' ? 'GB' : upper;
  return table[key] ?? null;
}
