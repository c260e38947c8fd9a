/**
 * How well the resources cover each country category: which countries at
 * least one resource names, and which none does yet (for editors, printed
 * by `npm run check -- --coverage`).
 */
import type { Country } from '../content/schemas.ts';
import { CATEGORIES, type Category } from '../content/vocabulary.ts';
import { membersOf } from './membership.ts';

export interface CategoryCoverage {
  category: Category;
  members: number;
  named: string[];
  missing: string[];
}

export function coverageByCategory(countries: readonly Country[], resources: readonly { countries: readonly string[] }[], asOf: string): CategoryCoverage[] {
  const named = new Set(resources.flatMap((resource) => resource.countries));
  return CATEGORIES.map((category) => {
    const members = membersOf(countries, category, asOf).map((country) => country.iso3);
    return { category, members: members.length, named: members.filter((iso3) => named.has(iso3)), missing: members.filter((iso3) => !named.has(iso3)) };
  });
}

/** Countries named by at least one resource, in any category. */
export function namedCountries(countries: readonly Country[], resources: readonly { countries: readonly string[] }[]): string[] {
  const named = new Set(resources.flatMap((resource) => resource.countries));
  return countries.map((country) => country.iso3).filter((iso3) => named.has(iso3));
}
