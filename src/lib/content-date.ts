/**
 * The date of the content: what the build stamps on files (zip entries, the
 * read-me) instead of the clock, so two builds of the same content are
 * identical. SOURCE_DATE_EPOCH, the reproducible-builds convention, wins.
 */
import type { Content } from '../content/load.ts';

function newestDate(dates: Iterable<string>): string {
  let newest = '1970-01-01';
  for (const date of dates) if (date > newest) newest = date;
  return newest;
}

export function contentDate(content: Content, epoch?: string): string {
  if (epoch) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return newestDate([
    ...(content.site ? [content.site.membershipAsOf] : []),
    ...[...content.resources.values()].flatMap((resource) => [resource.published, resource.checked, ...(resource.updated ? [resource.updated] : [])]),
    ...[...content.organizations.values()].map((organization) => organization.checked),
  ]);
}
