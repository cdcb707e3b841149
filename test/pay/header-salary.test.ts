import { describe, expect, it } from 'vitest';
import { salaryFromHeaderParts } from '../../src/pay/header-salary.ts';

function read(parts: string[], country: string | null) {
  const salary = salaryFromHeaderParts(parts, { country });
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

describe('salaryFromHeaderParts', () => {
  it('reads a bare range in a header row as the pay', () => {
    expect(read(['Acme', 'Sydney NSW', '$85k - $95k + super', 'Full time'], 'AU')).toEqual([
      85_000,
      95_000,
      'AUD',
      'year',
    ]);
    expect(read(['Night Fill', 'Dandenong VIC', '2,100+ Weekly'], 'AU')).toEqual([
      2_100,
      null,
      'AUD',
      'week',
    ]);
  });

  it('reads no pay from parts with figures but no money or period', () => {
    expect(read(['Ref 123456', 'Sydney NSW 2000', 'Posted 3 days ago', '5-7 Yrs'], 'AU')).toBeNull();
  });
});
