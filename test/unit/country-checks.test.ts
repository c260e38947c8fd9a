import { describe, expect, it } from 'vitest';
import { checkMembershipDate, checkMemberships } from '../../src/content/country-checks.ts';
import type { Country } from '../../src/content/schemas.ts';

const file = { file: 'countries.yaml', data: undefined, lineOf: () => 7 };
const source = { title: 'A source', publisher: 'UN', year: 2026, identifier: 'A/RES/0/0', access: 'free' as const, language: 'en' as const };
const country = (memberships: Country['memberships']): Country => ({ iso3: 'NPL', iso2: 'NP', m49: '524', memberships });
const messages = (countries: Country[], today = '2026-01-01') =>
  checkMemberships(countries, file, today).map((problem) => [problem.field, problem.severity ?? 'error', problem.message.slice(0, 40)]);

describe('country status rules', () => {
  it('accepts a scheduled graduation with a deferral step', () => {
    expect(messages([country([{ category: 'ldc', scheduledExit: '2026-11-24', steps: [{ date: '2026-02', event: 'deferral-requested', source }] }])])).toEqual(
      [],
    );
  });

  it('rejects a deferral with no scheduled exit', () => {
    expect(messages([country([{ category: 'ldc', steps: [{ date: '2026-02', event: 'deferral-requested', source }] }])])).toEqual([
      ['[0].memberships[0].steps', 'error', 'NPL has a deferral but no scheduledExit:'],
    ]);
  });

  it('rejects a graduation in a category that has none', () => {
    expect(messages([country([{ category: 'sids', scheduledExit: '2027' }])])).toEqual([
      ['[0].memberships[0].scheduledExit', 'error', 'a scheduled exit or deferral is only pos'],
    ]);
  });

  it('rejects an exit both confirmed and scheduled', () => {
    expect(messages([country([{ category: 'ldc', until: '2023-12-13', scheduledExit: '2026-11-24' }])])).toEqual([
      ['[0].memberships[0].scheduledExit', 'error', 'cannot be given together with until (202'],
    ]);
  });

  it('warns once a scheduled date has passed with no outcome recorded, not before', () => {
    const scheduled = [country([{ category: 'ldc', scheduledExit: '2026-11-24' }])];
    expect(messages(scheduled, '2026-11-23')).toEqual([]);
    expect(messages(scheduled, '2026-11-24')).toEqual([['[0].memberships[0].scheduledExit', 'warning', 'NPL: the scheduled date has passed with ']]);
    expect(messages([country([{ category: 'ldc', scheduledExit: '2027-12' }])], '2027-12-31')).toEqual([]);
  });

  it('warns when the status date is more than 90 days old', () => {
    expect(checkMembershipDate('2026-09-08', file, '2026-12-07')).toEqual([]);
    expect(checkMembershipDate('2026-09-07', file, '2026-12-07')).toMatchObject([
      { field: 'membershipAsOf', severity: 'warning', message: expect.stringContaining('91 days old') },
    ]);
  });
});
