/**
 * The content as pages use it: collections loaded once, joined and indexed.
 * This is the only module that talks to astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { joinItem, type Organization as OrganizationItem, type Resource as ResourceItem } from '../content/items.ts';
import type { Country, Resolution, SiteFacts } from '../content/schemas.ts';
import { revisionOfText } from '../content/revision.ts';
import { typeFromFolder } from '../content/vocabulary.ts';
import { SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { collator } from '../i18n/index.ts';
import { countryName } from './country-names.ts';
import { currentCategories, isUnconfirmed } from './membership.ts';
import { paragraphsOf, type Paragraph } from '../content/paragraphs.ts';
import { languageKeys } from './page-keys.ts';

/** A text as pages have it: Astro's entry (TextBody renders it), with its revision. */
export type ResourceText = CollectionEntry<'resourceTexts'> & { revision: string };
export type OrganizationText = CollectionEntry<'organizationTexts'> & { revision: string };
export type Resource = ResourceItem<ResourceText>;
export type Organization = OrganizationItem<OrganizationText>;

export interface CountryRecord extends Country {
  /** Categories on the date the membership data was last checked. */
  categories: ReturnType<typeof currentCategories>;
  /** Categories whose scheduled exit has passed with no recorded outcome. */
  unconfirmed: ReturnType<typeof currentCategories>;
}

export interface Catalog {
  site: SiteFacts;
  resolution: Resolution;
  /** The operative paragraphs of the resolution, in order. */
  paragraphs: Paragraph[];
  resources: Resource[];
  resource: Map<string, Resource>;
  organizations: Organization[];
  organization: Map<string, Organization>;
  countries: CountryRecord[];
  country: Map<string, CountryRecord>;
  /** Each language's key for Astro's incremental build (page-keys.ts). */
  keys: Record<Locale, string>;
}

/** "slug/fr" → ["slug", "fr"]. */
function splitTextId(id: string): [string, Locale] {
  const [item, locale] = id.split('/');
  if (!item || !locale || !isLocale(locale)) throw new Error(`Unexpected text entry id "${id}"`);
  return [item, locale];
}

/** The texts of each item by language, each with its revision. */
function textsByItem<E extends CollectionEntry<'resourceTexts' | 'organizationTexts'>>(
  entries: E[],
): Map<string, Partial<Record<Locale, E & { revision: string }>>> {
  const out = new Map<string, Partial<Record<Locale, E & { revision: string }>>>();
  for (const entry of entries) {
    const [item, locale] = splitTextId(entry.id);
    // The loader records the revision of texts it rendered; a text compiled by MDX keeps its body instead.
    const revision = (entry.rendered?.metadata?.['revision'] as string | undefined) ?? revisionOfText(entry.data, entry.body ?? '');
    out.set(item, { ...out.get(item), [locale]: { ...entry, revision } });
  }
  return out;
}

async function load(): Promise<Catalog> {
  const [site] = await getCollection('site');
  const [resolution] = await getCollection('resolution');
  if (!site || !resolution) throw new Error('site.yaml and resolution.yaml are required');
  const asOf = site.data.membershipAsOf;

  const resourceTexts = textsByItem(await getCollection('resourceTexts'));
  const resources: Resource[] = (await getCollection('resources')).map((entry) =>
    joinItem({ ...entry.data, slug: entry.id, type: typeFromFolder(entry.filePath!.split('/').at(-3)!)! }, resourceTexts.get(entry.id) ?? {}),
  );

  const organizationTexts = textsByItem(await getCollection('organizationTexts'));
  const english = collator(SOURCE_LOCALE);
  const organizations: Organization[] = (await getCollection('organizations'))
    .map((entry) => joinItem({ ...entry.data, id: entry.id }, organizationTexts.get(entry.id) ?? {}))
    .sort((a, b) => english.compare(a.texts.en!.data.name, b.texts.en!.data.name));

  const countries = (await getCollection('countries'))
    .map((entry) => {
      const categories = currentCategories(entry.data, asOf);
      return { ...entry.data, categories, unconfirmed: categories.filter((category) => isUnconfirmed(entry.data, category, asOf)) };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));

  return {
    site: site.data,
    resolution: resolution.data,
    paragraphs: paragraphsOf(resolution.data),
    resources,
    resource: new Map(resources.map((resource) => [resource.slug, resource])),
    organizations,
    organization: new Map(organizations.map((organization) => [organization.id, organization])),
    countries,
    country: new Map(countries.map((country) => [country.iso3, country])),
    keys: languageKeys({ facts: [site.data, resolution.data, countries], items: [...resources, ...organizations] }),
  };
}

let catalog: Promise<Catalog> | undefined;

/** Loaded once per build; the preview server loads it per request, so saved edits show at once. */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return load();
  catalog ??= load();
  return catalog;
}

/** Countries sorted by their name in the reader's language. */
export function sortCountries<C extends CountryRecord>(countries: readonly C[], locale: Locale): C[] {
  const compare = collator(locale);
  return [...countries].sort((a, b) => compare.compare(countryName(a, locale), countryName(b, locale)));
}
