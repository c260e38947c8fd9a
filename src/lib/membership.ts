/**
 * Category membership of a country at a date. Dates are ISO strings, so they
 * compare as text; a partial date ("2027-12") counts as passed only once the
 * whole period has ended.
 */
import type { Country, Membership } from '../content/schemas.ts';
import { CATEGORIES, type Category } from '../content/vocabulary.ts';

export type MembershipState =
  | { state: 'member'; since?: string }
  | { state: 'scheduled-exit'; since?: string; date: string; passed: boolean; deferral?: true | string }
  | { state: 'former'; until: string }
  | { state: 'future'; since: string };

function isBefore(date: string, asOf: string): boolean {
  return date < asOf.slice(0, date.length);
}

export function membershipState(membership: Membership, asOf: string): MembershipState {
  if (membership.since && isBefore(asOf, membership.since)) return { state: 'future', since: membership.since };
  if (membership.until && !isBefore(asOf, membership.until)) return { state: 'former', until: membership.until };
  if (membership.scheduledExit) {
    return {
      state: 'scheduled-exit',
      since: membership.since,
      date: membership.scheduledExit,
      passed: isBefore(membership.scheduledExit, asOf),
      deferral: membership.deferralRequested,
    };
  }
  return { state: 'member', since: membership.since };
}

/** A country counts as a member until an exit is confirmed by a source (`until`). */
export function isMember(membership: Membership, asOf: string): boolean {
  const { state } = membershipState(membership, asOf);
  return state === 'member' || state === 'scheduled-exit';
}

/** Categories the country is in on that date, in the canonical order. */
export function currentCategories(country: Country, asOf: string): Category[] {
  const current = new Set(country.memberships.filter((m) => isMember(m, asOf)).map((m) => m.category));
  return CATEGORIES.filter((category) => current.has(category));
}

/** Countries in a category on that date. */
export function membersOf<C extends Country>(countries: Iterable<C>, category: Category, asOf: string): C[] {
  return [...countries].filter((country) => currentCategories(country, asOf).includes(category));
}

/** Countries that have left a category by that date (e.g. LDC graduates), with the date they left. */
export function formerMembersOf<C extends Country>(countries: Iterable<C>, category: Category, asOf: string): { country: C; until: string }[] {
  const out: { country: C; until: string }[] = [];
  for (const country of countries) {
    for (const membership of country.memberships) {
      const status = membershipState(membership, asOf);
      if (membership.category === category && status.state === 'former') out.push({ country, until: status.until });
    }
  }
  return out.sort((a, b) => b.until.localeCompare(a.until) || a.country.iso3.localeCompare(b.country.iso3));
}

/** Members with a scheduled exit (graduating LDCs), soonest first. */
export function scheduledExitsOf<C extends Country>(countries: Iterable<C>, category: Category, asOf: string): { country: C; status: Extract<MembershipState, { state: 'scheduled-exit' }> }[] {
  const out: { country: C; status: Extract<MembershipState, { state: 'scheduled-exit' }> }[] = [];
  for (const country of countries) {
    for (const membership of country.memberships) {
      const status = membershipState(membership, asOf);
      if (membership.category === category && status.state === 'scheduled-exit') out.push({ country, status });
    }
  }
  return out.sort((a, b) => a.status.date.localeCompare(b.status.date) || a.country.iso3.localeCompare(b.country.iso3));
}

/** i18n keys (under "membership.") and date parameters that describe a membership to readers. */
export function describeMembership(membership: Membership, asOf: string): { key: string; date?: string }[] {
  const status = membershipState(membership, asOf);
  switch (status.state) {
    case 'former': {
      // "on 13 December 2023", but "in 1994" when only the year or month is known.
      const key = membership.category === 'ldc' ? 'graduated' : 'left';
      return [{ key: status.until.length === 10 ? key : `${key}In`, date: status.until }];
    }
    case 'future':
      return [{ key: 'memberSince', date: status.since }];
    case 'member':
      return [status.since ? { key: 'memberSince', date: status.since } : { key: 'member' }];
    case 'scheduled-exit': {
      const lines = [status.since ? { key: 'memberSince', date: status.since } : { key: 'member' }];
      lines.push({ key: status.passed ? 'scheduledPassed' : 'scheduled', date: status.date });
      if (status.deferral === true) lines.push({ key: 'deferralRequested' });
      else if (status.deferral) lines.push({ key: 'deferralRequestedUntil', date: status.deferral });
      return lines;
    }
  }
}
