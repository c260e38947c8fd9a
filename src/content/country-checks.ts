/**
 * Rules for country status that a schema cannot express: combinations that
 * cannot be true (errors), and status that time has overtaken (warnings,
 * judged against today's date, so they never change what is built).
 */
import type { ParsedFile } from './files.ts';
import { fieldPath, type Problem } from './problems.ts';
import type { Country } from './schemas.ts';
import { hasCome } from './dates.ts';

/** Only the LDC category has a graduation procedure, with dates set in advance. */
const GRADUATING = 'ldc';
const STALE_AFTER_DAYS = 90;

export function checkMemberships(countries: readonly Country[], file: ParsedFile, today: string): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => ({ file: file.file, line: file.lineOf(path), field: fieldPath(path) });
  for (const [c, country] of countries.entries()) {
    for (const [m, membership] of country.memberships.entries()) {
      const path = (field: string) => [c, 'memberships', m, field];
      const steps = membership.steps ?? [];
      const deferral = membership.deferralRequested !== undefined || steps.some((step) => step.event === 'deferral-requested');
      if (membership.category !== GRADUATING && (membership.scheduledExit || deferral)) {
        problems.push({ ...at(path('scheduledExit')), value: membership.category, message: `a scheduled exit or deferral is only possible in the LDC category (graduation); ${country.iso3} lists one for this category` });
      }
      if (membership.until && membership.scheduledExit) {
        problems.push({ ...at(path('scheduledExit')), value: membership.scheduledExit, message: `cannot be given together with until (${membership.until}): an exit is either confirmed or scheduled; keep until and remove scheduledExit` });
      }
      if (deferral && !membership.scheduledExit && !membership.until) {
        problems.push({ ...at(path('steps')), message: `${country.iso3} has a deferral but no scheduledExit: a deferral postpones a scheduled graduation, so give the date it was scheduled for` });
      }
      if (membership.scheduledExit && !membership.until && hasCome(membership.scheduledExit, today)) {
        problems.push({
          ...at(path('scheduledExit')),
          value: membership.scheduledExit,
          severity: 'warning',
          message: `${country.iso3}: the scheduled date has passed with no recorded outcome; record the graduation (until) or the decision that moved it (a ga-decision step and the new scheduledExit), each with its source`,
        });
      }
    }
  }
  return problems;
}

export function checkMembershipDate(asOf: string, file: ParsedFile, today: string): Problem[] {
  const days = (Date.parse(today) - Date.parse(asOf)) / 86_400_000;
  if (days <= STALE_AFTER_DAYS) return [];
  return [
    {
      file: file.file,
      line: file.lineOf(['membershipAsOf']),
      field: 'membershipAsOf',
      value: asOf,
      severity: 'warning',
      message: `is ${Math.floor(days)} days old (more than ${STALE_AFTER_DAYS}): check the category lists against their sources again and update this date`,
    },
  ];
}
