import { describe, expect, it } from 'vitest';
import type { Country } from '../../src/content/schemas.ts';
import { coverageByCategory, namedCountries } from '../../src/lib/coverage.ts';
import { namedCounts } from '../../src/lib/resources.ts';

const country = (iso3: string, memberships: Country['memberships']): Country => ({ iso3, iso2: iso3.slice(0, 2), m49: '000', memberships });
const countries = [
  country('NPL', [{ category: 'ldc' }, { category: 'lldc' }]),
  country('TON', [{ category: 'sids' }]),
  country('BTN', [{ category: 'ldc', until: '2023-12-13' }, { category: 'lldc' }]),
  country('FJI', [{ category: 'sids' }]),
];
const resources = [{ countries: ['NPL', 'TON'] }, { countries: ['NPL'] }, { countries: [] }];

describe('coverage of the categories', () => {
  it('counts, per category, the member countries a resource names and lists the others', () => {
    const byCategory = Object.fromEntries(coverageByCategory(countries, resources, '2026-11-25').map((row) => [row.category, row]));
    expect(byCategory['ldc']).toEqual({ category: 'ldc', members: 1, named: ['NPL'], missing: [] });
    expect(byCategory['lldc']).toEqual({ category: 'lldc', members: 2, named: ['NPL'], missing: ['BTN'] });
    expect(byCategory['sids']).toEqual({ category: 'sids', members: 2, named: ['TON'], missing: ['FJI'] });
    expect(byCategory['eit']).toEqual({ category: 'eit', members: 0, named: [], missing: [] });
  });

  it('counts the resources that name each country', () => {
    expect(namedCountries(countries, resources)).toEqual(['NPL', 'TON']);
    expect([...namedCounts(resources)]).toEqual([
      ['NPL', 2],
      ['TON', 1],
    ]);
  });
});
