import { describe, expect, it } from 'vitest';
import { countryOfPlaces, payContextOf } from '../../src/pay/pay-context.ts';

describe('countryOfPlaces', () => {
  it('is the country the places agree on', () => {
    expect(countryOfPlaces([{ country: 'AU' }, { country: null }, { country: 'AU' }])).toBe('AU');
  });

  it('is null when places disagree or name none', () => {
    expect(countryOfPlaces([{ country: 'US' }, { country: 'GB' }])).toBeNull();
    expect(countryOfPlaces([{ country: null }])).toBeNull();
    expect(countryOfPlaces([])).toBeNull();
  });
});

describe('payContextOf', () => {
  it('keeps every country in order for a bare $ to choose from', () => {
    expect(payContextOf([{ country: 'CA' }, { country: 'FR' }, { country: 'CA' }])).toEqual({
      country: null,
      countries: ['CA', 'FR'],
    });
  });
});
