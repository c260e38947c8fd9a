import { describe, expect, it } from 'vitest';
import { answering, byTitle, forCategory, forCountry, forOrganization, forSector, newest, ofType, related } from '../../src/lib/resources.ts';
import type { ResourceRecord } from '../../src/content/items.ts';

function resource(slug: string, overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    slug,
    type: 'guideline',
    categories: ['ldc'],
    sectors: ['health'],
    topics: [],
    countries: [],
    organizations: [],
    related: [],
    answers: [],
    published: '2026-01-01',
    checked: '2026-01-01',
    licence: 'CC-BY-4.0',
    sources: [],
    ...overrides,
  };
}

const a = resource('a', {
  categories: ['sids'],
  sectors: ['emergencies'],
  countries: ['TON'],
  published: '2026-03-01',
  organizations: ['itu-d'],
  answers: ['instructs-bdt-1'],
});
const b = resource('b', { categories: ['ldc', 'lldc'], sectors: ['agriculture', 'health'], topics: ['skills'], type: 'best-practice' });
const c = resource('c', { categories: ['eit'], sectors: ['energy'], published: '2026-03-01', type: 'strategy-template' });
const d = resource('d', { categories: ['ldc'], sectors: ['health'], topics: ['skills'], published: '2025-05-05' });
const all = [a, b, c, d];

describe('grouping', () => {
  it('filters by category, sector, type, organization and ask', () => {
    expect(forCategory(all, 'ldc').map((r) => r.slug)).toEqual(['b', 'd']);
    expect(forSector(all, 'health').map((r) => r.slug)).toEqual(['b', 'd']);
    expect(ofType(all, 'guideline').map((r) => r.slug)).toEqual(['a', 'd']);
    expect(forOrganization(all, 'itu-d').map((r) => r.slug)).toEqual(['a']);
    expect(answering(all, 'instructs-bdt-1').map((r) => r.slug)).toEqual(['a']);
  });

  it('applies to a country by name or by one of its categories', () => {
    expect(forCountry(all, 'TON', ['sids']).map((r) => r.slug)).toEqual(['a']);
    expect(forCountry(all, 'NPL', ['ldc', 'lldc']).map((r) => r.slug)).toEqual(['b', 'd']);
    expect(forCountry(all, 'TON', []).map((r) => r.slug)).toEqual(['a']);
    expect(forCountry(all, 'FRA', [])).toEqual([]);
  });
});

describe('ordering', () => {
  it('puts the newest first and breaks ties by slug', () => {
    expect(newest(all).map((r) => r.slug)).toEqual(['a', 'c', 'b', 'd']);
    expect(newest(all, 2).map((r) => r.slug)).toEqual(['a', 'c']);
  });

  it('sorts by localised title', () => {
    const titles: Record<string, string> = { a: 'Énergie', b: 'eau', c: 'Zèbre', d: 'agriculture' };
    expect(byTitle(all, (r) => titles[r.slug]!, new Intl.Collator('fr')).map((r) => r.slug)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('related', () => {
  it('ranks by shared sectors, topics and categories, never the resource itself', () => {
    expect(related(d, all).map((r) => r.slug)).toEqual(['b']);
  });

  it('puts the resources an author listed first', () => {
    const withRelated = { ...d, related: ['c'] };
    expect(related(withRelated, all).map((r) => r.slug)).toEqual(['c', 'b']);
  });
});
