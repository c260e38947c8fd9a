/**
 * Grouping, filtering and ordering of resources: pure functions over the
 * language-neutral facts, shared by every listing page and the feed.
 */
import type { ResourceRecord } from '../content/items.ts';
import type { Category, ResourceType, Sector } from '../content/vocabulary.ts';

export function forCategory<R extends ResourceRecord>(resources: readonly R[], category: Category): R[] {
  return resources.filter((resource) => resource.categories.includes(category));
}

export function forSector<R extends ResourceRecord>(resources: readonly R[], sector: Sector): R[] {
  return resources.filter((resource) => resource.sectors.includes(sector));
}

export function ofType<R extends ResourceRecord>(resources: readonly R[], type: ResourceType): R[] {
  return resources.filter((resource) => resource.type === type);
}

/** Resources that name the country, or one of the categories it is in. */
export function forCountry<R extends ResourceRecord>(resources: readonly R[], iso3: string, categories: readonly Category[]): R[] {
  return resources.filter((resource) => resource.countries.includes(iso3) || resource.categories.some((category) => categories.includes(category)));
}

export function forOrganization<R extends ResourceRecord>(resources: readonly R[], id: string): R[] {
  return resources.filter((resource) => resource.organizations.includes(id));
}

export function answering<R extends ResourceRecord>(resources: readonly R[], askId: string): R[] {
  return resources.filter((resource) => resource.answers.includes(askId));
}

/** Newest first; ties broken by slug so the order never depends on file-system order. */
export function newest<R extends ResourceRecord>(resources: readonly R[], limit = Infinity): R[] {
  return [...resources].sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug)).slice(0, limit);
}

/** Alphabetical by a (localised) title. */
export function byTitle<R extends ResourceRecord>(resources: readonly R[], title: (resource: R) => string, collator: Intl.Collator): R[] {
  return [...resources].sort((a, b) => collator.compare(title(a), title(b)) || a.slug.localeCompare(b.slug));
}

/**
 * Related resources: the ones the author listed, then the closest by shared
 * sectors (weighted double), topics and categories.
 */
export function related<R extends ResourceRecord>(resource: R, all: readonly R[], limit = 4): R[] {
  const bySlug = new Map(all.map((item) => [item.slug, item]));
  const chosen = resource.related.map((slug) => bySlug.get(slug)).filter((item): item is R => item !== undefined);
  const overlap = <T>(a: readonly T[], b: readonly T[]) => a.filter((value) => b.includes(value)).length;
  const scored = all
    .filter((item) => item.slug !== resource.slug && !chosen.includes(item))
    .map((item) => ({
      item,
      score: 2 * overlap(item.sectors, resource.sectors) + overlap(item.topics, resource.topics) + overlap(item.categories, resource.categories),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.item.slug.localeCompare(b.item.slug))
    .map(({ item }) => item);
  return [...chosen, ...scored].slice(0, Math.max(limit, chosen.length));
}

/** How many resources name each country (by ISO alpha-3 code). */
export function namedCounts(resources: readonly Pick<ResourceRecord, 'countries'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const resource of resources) for (const iso3 of resource.countries) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  return counts;
}
