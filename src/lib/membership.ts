/** Category membership of a country at a date (partial dates: see content/dates.ts). */
import { hasCome } from '../content/dates.ts';
import type { Country, Membership, StatusStep } from '../content/schemas.ts';
import { CATEGORIES, type Category } from '../content/vocabulary.ts';

export type MembershipState =
  | { state: 'member'; since?: string }
  | { state: 'scheduled-exit'; since?: string; date: string }
  /** The scheduled date has passed and no source recorded here confirms what happened. */
  | { state: 'exit-unconfirmed'; date: string }
  | { state: 'former'; until: string }
  | { state: 'future'; since: string };

export function membershipState(membership: Membership, asOf: string): MembershipState {
  if (membership.since && !hasCome(membership.since, asOf)) return { state: 'future', since: membership.since };
  if (membership.until && hasCome(membership.until, asOf)) return { state: 'former', until: membership.until };
  if (membership.scheduledExit) {
    return hasCome(membership.scheduledExit, asOf)
      ? { state: 'exit-unconfirmed', date: membership.scheduledExit }
      : { state: 'scheduled-exit', since: membership.since, date: membership.scheduledExit };
  }
  return { state: 'member', since: membership.since };
}

/** A country counts as a member until an exit is confirmed by a source (`until`); an unconfirmed exit is marked, not dropped. */
export function isMember(membership: Membership, asOf: string): boolean {
  const { state } = membershipState(membership, asOf);
  return state === 'member' || state === 'scheduled-exit' || state === 'exit-unconfirmed';
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

function membershipIn(country: Country, category: Category): Membership | undefined {
  return country.memberships.find((membership) => membership.category === category);
}

/** Whether the country's place in the category is unconfirmed: its scheduled exit has passed with no recorded outcome. */
export function isUnconfirmed(country: Country, category: Category, asOf: string): boolean {
  const membership = membershipIn(country, category);
  return membership !== undefined && membershipState(membership, asOf).state === 'exit-unconfirmed';
}

export interface CategoryCount {
  /** Countries counted as members (unconfirmed ones included). */
  total: number;
  /** Of those, the ones whose scheduled exit has passed unconfirmed. */
  unconfirmed: number;
  /** Whether some members are territories or associated States rather than UN Member States. */
  withTerritories: boolean;
}

export function countMembers(countries: Iterable<Country>, category: Category, asOf: string): CategoryCount {
  const members = membersOf(countries, category, asOf);
  return {
    total: members.length,
    unconfirmed: members.filter((country) => isUnconfirmed(country, category, asOf)).length,
    withTerritories: members.some((country) => country.unMember === false),
  };
}

/** Countries that have left a category by that date (e.g. LDC graduates), with the date they left. */
export function formerMembersOf<C extends Country>(countries: Iterable<C>, category: Category, asOf: string): { country: C; until: string }[] {
  const out: { country: C; until: string }[] = [];
  for (const country of countries) {
    const membership = membershipIn(country, category);
    const status = membership && membershipState(membership, asOf);
    if (status?.state === 'former') out.push({ country, until: status.until });
  }
  return out.sort((a, b) => b.until.localeCompare(a.until) || a.country.iso3.localeCompare(b.country.iso3));
}

/** Members with a scheduled exit, passed or not (graduating LDCs), soonest first. */
export function scheduledExitsOf<C extends Country>(countries: Iterable<C>, category: Category, asOf: string): { country: C; date: string }[] {
  const out: { country: C; date: string }[] = [];
  for (const country of countries) {
    const membership = membershipIn(country, category);
    const status = membership && membershipState(membership, asOf);
    if (status?.state === 'scheduled-exit' || status?.state === 'exit-unconfirmed') out.push({ country, date: status.date });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.country.iso3.localeCompare(b.country.iso3));
}

/** What can be said of a membership: keys under "membership." in the interface strings. */
export type MembershipKey =
  | 'member'
  | 'memberSince'
  | 'graduated'
  | 'graduatedIn'
  | 'left'
  | 'leftIn'
  | 'scheduled'
  | 'scheduledIn'
  | 'scheduledPassed'
  | 'scheduledPassedIn'
  | 'deferralRequested'
  | 'deferralRequestedUntil';

/** i18n keys (under "membership.") and date parameters that describe a membership to readers, most important first. */
export function describeMembership(membership: Membership, asOf: string): { key: MembershipKey; date?: string }[] {
  const status = membershipState(membership, asOf);
  const exact = (date: string) => date.length === 10;
  switch (status.state) {
    case 'former': {
      // "on 13 December 2023", but "in 1994" when only the year or month is known.
      const key = membership.category === 'ldc' ? 'graduated' : 'left';
      return [{ key: exact(status.until) ? key : (`${key}In` as const), date: status.until }];
    }
    case 'future':
      return [{ key: 'memberSince', date: status.since }];
    case 'member':
      return [status.since ? { key: 'memberSince', date: status.since } : { key: 'member' }];
    case 'exit-unconfirmed':
      return [{ key: exact(status.date) ? 'scheduledPassed' : 'scheduledPassedIn', date: status.date }, ...deferral(membership)];
    case 'scheduled-exit':
      return [
        status.since ? { key: 'memberSince', date: status.since } : { key: 'member' },
        { key: exact(status.date) ? 'scheduled' : 'scheduledIn', date: status.date },
        ...deferral(membership),
      ];
  }
}

function deferral(membership: Membership): { key: MembershipKey; date?: string }[] {
  if (membership.deferralRequested === true) return [{ key: 'deferralRequested' }];
  if (membership.deferralRequested) return [{ key: 'deferralRequestedUntil', date: membership.deferralRequested }];
  return [];
}

/** The recorded steps, oldest first. */
export function stepsOf(membership: Membership): StatusStep[] {
  return [...(membership.steps ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}
