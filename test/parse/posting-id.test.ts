import { describe, expect, it } from 'vitest';
import { type IdInputs, postingId } from '../../src/parse/posting-id.ts';

const BASE: IdInputs = {
  company: 'Spotify',
  title: 'Senior Machine Learning Engineer',
  team: 'Personalization',
  locations: [{ city: 'London', region: null, country: 'GB', raw: 'London' }],
  roleText: 'Design, train, and ship machine learning models that power recommendations.',
};

describe('postingId', () => {
  it('is 8 lower-case base-36 characters, the same on every call', () => {
    expect(postingId(BASE)).toMatch(/^[a-z0-9]{8}$/);
    expect(postingId(BASE)).toBe(postingId({ ...BASE }));
  });

  it('ignores quotes, dashes, case and spacing that boards change', () => {
    expect(
      postingId({
        ...BASE,
        title: 'senior  machine-learning engineer',
        roleText: `  ${BASE.roleText.toUpperCase()}`,
      }),
    ).toBe(postingId(BASE));
  });

  it('ignores the order of locations and the way a place is written', () => {
    const two = [
      { city: 'New York', region: 'NY', country: 'US', raw: 'New York, NY' },
      { city: 'Boston', region: null, country: 'US', raw: 'Boston' },
    ];
    expect(postingId({ ...BASE, locations: two })).toBe(
      postingId({ ...BASE, locations: [two[1]!, { ...two[0]!, region: null, raw: 'New York' }] }),
    );
  });

  it('differs for the same title in another place or with other duties', () => {
    const northAmerica = [{ city: null, region: 'North America', country: null, raw: 'North America' }];
    expect(postingId({ ...BASE, locations: northAmerica })).not.toBe(postingId(BASE));
    expect(postingId({ ...BASE, roleText: 'Lead the serving infrastructure for LLMs.' })).not.toBe(
      postingId(BASE),
    );
  });
});
