import { describe, expect, it } from 'vitest';
import { currencyOfCountry } from '../../src/places/country-currency.ts';

describe('currencyOfCountry', () => {
  it('gives the currency of the countries people post from', () => {
    expect(currencyOfCountry('GB')).toBe('GBP');
    expect(currencyOfCountry('AU')).toBe('AUD');
    expect(currencyOfCountry('SG')).toBe('SGD');
    expect(currencyOfCountry('MY')).toBe('MYR');
    expect(currencyOfCountry('IN')).toBe('INR');
    expect(currencyOfCountry('DE')).toBe('EUR');
    expect(currencyOfCountry('CA')).toBe('CAD');
    expect(currencyOfCountry('US')).toBe('USD');
  });

  it('accepts lower case and the UK spelling', () => {
    expect(currencyOfCountry('nz')).toBe('NZD');
    expect(currencyOfCountry('UK')).toBe('GBP');
  });

  it('is null for unknown or missing codes', () => {
    expect(currencyOfCountry('ZZ')).toBeNull();
    expect(currencyOfCountry('')).toBeNull();
    expect(currencyOfCountry(null)).toBeNull();
  });
});
