import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/model/posting.ts';
import { mergeLocations } from '../../src/places/location-list.ts';

const place = (city: string | null, region: string | null, country: string | null): Location => ({
  city,
  region,
  country,
  raw: [city, region, country].filter((part) => part !== null).join(', '),
});

describe('mergeLocations', () => {
  it('keeps one place in its fullest form', () => {
    expect(mergeLocations([[place('New York', 'NY', 'US')], [place('New York', null, 'US')]])).toEqual([
      place('New York', 'NY', 'US'),
    ]);
    expect(mergeLocations([[place('New York', null, 'US')], [place('New York', 'NY', 'US')]])).toEqual([
      place('New York', 'NY', 'US'),
    ]);
  });

  it('keeps different places in order', () => {
    expect(mergeLocations([[place('New York', null, 'US'), place('Boston', null, 'US')]])).toEqual([
      place('New York', null, 'US'),
      place('Boston', null, 'US'),
    ]);
  });

  it('drops a bare country when a city in it is listed', () => {
    expect(mergeLocations([[place(null, null, 'US')], [place('Austin', 'TX', 'US')]])).toEqual([
      place('Austin', 'TX', 'US'),
    ]);
  });
});
