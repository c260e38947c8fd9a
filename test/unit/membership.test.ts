import { describe, expect, it } from 'vitest';
import type { Country } from '../../src/content/schemas.ts';
import {
  countMembers,
  currentCategories,
  describeMembership,
  formerMembersOf,
  isMember,
  isUnconfirmed,
  membersOf,
  membershipState,
  scheduledExitsOf,
} from '../../src/lib/membership.ts';

const bhutan: Country = { iso3: 'BTN', iso2: 'BT', m49: '064', memberships: [{ category: 'ldc', until: '2023-12-13' }, { category: 'lldc' }] };
const lao: Country = { iso3: 'LAO', iso2: 'LA', m49: '418', memberships: [{ category: 'ldc', scheduledExit: '2026-11-24' }, { category: 'lldc' }] };
const bangladesh: Country = {
  iso3: 'BGD',
  iso2: 'BD',
  m49: '050',
  memberships: [{ category: 'ldc', scheduledExit: '2026-11-24', deferralRequested: '2029-11-24' }],
};
const solomon: Country = { iso3: 'SLB', iso2: 'SB', m49: '090', memberships: [{ category: 'ldc', scheduledExit: '2027-12' }, { category: 'sids' }] };
const botswana: Country = { iso3: 'BWA', iso2: 'BW', m49: '072', memberships: [{ category: 'ldc', until: '1994' }, { category: 'lldc' }] };

describe('membership at a date', () => {
  it('counts a member until the day it graduates', () => {
    expect(isMember(bhutan.memberships[0]!, '2023-12-12')).toBe(true);
    expect(isMember(bhutan.memberships[0]!, '2023-12-13')).toBe(false);
    expect(currentCategories(bhutan, '2020-01-01')).toEqual(['ldc', 'lldc']);
    expect(currentCategories(bhutan, '2026-11-25')).toEqual(['lldc']);
  });

  it('keeps a scheduled exit a member until a source confirms it, marked unconfirmed once the date has passed', () => {
    expect(isMember(lao.memberships[0]!, '2026-11-25')).toBe(true);
    expect(membershipState(lao.memberships[0]!, '2026-11-25')).toEqual({ state: 'exit-unconfirmed', date: '2026-11-24' });
    expect(membershipState(lao.memberships[0]!, '2026-11-23')).toEqual({ state: 'scheduled-exit', since: undefined, date: '2026-11-24' });
    expect(isUnconfirmed(lao, 'ldc', '2026-11-25')).toBe(true);
    expect(isUnconfirmed(lao, 'lldc', '2026-11-25')).toBe(false);
  });

  it('treats a month-only date as passed only after that month', () => {
    expect(membershipState(solomon.memberships[0]!, '2027-12-31').state).toBe('scheduled-exit');
    expect(membershipState(solomon.memberships[0]!, '2028-01-01').state).toBe('exit-unconfirmed');
  });

  it('treats a year-only graduation date as passed only once that year has ended', () => {
    expect(isMember(botswana.memberships[0]!, '1993-06-01')).toBe(true);
    expect(isMember(botswana.memberships[0]!, '1994-06-01')).toBe(true);
    expect(isMember(botswana.memberships[0]!, '1994-12-31')).toBe(true);
    expect(isMember(botswana.memberships[0]!, '1995-01-01')).toBe(false);
  });

  it('respects a start date', () => {
    const joined = { category: 'sids' as const, since: '2020-05-01' };
    expect(isMember(joined, '2020-04-30')).toBe(false);
    expect(isMember(joined, '2020-05-01')).toBe(true);
  });

  it('lists members, former members and scheduled exits of a category', () => {
    const all = [bhutan, lao, bangladesh, solomon, botswana];
    expect(membersOf(all, 'ldc', '2026-11-25').map((c) => c.iso3)).toEqual(['LAO', 'BGD', 'SLB']);
    expect(formerMembersOf(all, 'ldc', '2026-11-25').map(({ country, until }) => [country.iso3, until])).toEqual([
      ['BTN', '2023-12-13'],
      ['BWA', '1994'],
    ]);
    expect(scheduledExitsOf(all, 'ldc', '2026-11-25').map(({ country }) => country.iso3)).toEqual(['BGD', 'LAO', 'SLB']);
  });

  it('counts members with those whose exit is unconfirmed, and says when territories are counted', () => {
    const all = [bhutan, lao, bangladesh, solomon, botswana];
    expect(countMembers(all, 'ldc', '2026-11-25')).toEqual({ total: 3, unconfirmed: 2, withTerritories: false });
    const aruba: Country = { iso3: 'ABW', iso2: 'AW', m49: '533', unMember: false, memberships: [{ category: 'sids' }] };
    expect(countMembers([aruba, solomon], 'sids', '2026-11-25')).toEqual({ total: 2, unconfirmed: 0, withTerritories: true });
  });
});

describe('describeMembership', () => {
  it('says a country graduated, with the date', () => {
    expect(describeMembership(bhutan.memberships[0]!, '2026-11-25')).toEqual([{ key: 'graduated', date: '2023-12-13' }]);
  });
  it('says first that a scheduled graduation has passed unconfirmed, then the deferral request', () => {
    expect(describeMembership(bangladesh.memberships[0]!, '2026-11-25')).toEqual([
      { key: 'scheduledPassed', date: '2026-11-24' },
      { key: 'deferralRequestedUntil', date: '2029-11-24' },
    ]);
  });
  it('says a future graduation is scheduled', () => {
    expect(describeMembership(solomon.memberships[0]!, '2026-11-25')).toEqual([{ key: 'member' }, { key: 'scheduledIn', date: '2027-12' }]);
  });
  it('says "in" for a graduation known only to the year', () => {
    expect(describeMembership(botswana.memberships[0]!, '2026-11-25')).toEqual([{ key: 'graduatedIn', date: '1994' }]);
  });
  it('uses "left" for categories other than LDC', () => {
    expect(describeMembership({ category: 'sids', until: '2020-01-01' }, '2026-01-01')).toEqual([{ key: 'left', date: '2020-01-01' }]);
  });
});
