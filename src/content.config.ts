/**
 * Astro content collections over the content folder. The schemas are the same
 * ones the validator uses (src/content/schemas.ts); by the time Astro loads
 * these, the hub-content integration has already checked every file and
 * reported all problems at once.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { DATA_FILES, FACTS_FILE, ORGANIZATIONS_FOLDER } from './content/load.ts';
import {
  countrySchema,
  organizationFactsSchema,
  organizationTextSchema,
  resolutionSchema,
  resourceFactsSchema,
  siteSchema,
  textSchema,
} from './content/schemas.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS } from './content/vocabulary.ts';
import { settings } from './settings.ts';

const base = settings().HUB_CONTENT_DIR;
const typeFolders = `{${RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]).join(',')}}`;
/** "guidelines/my-slug/fr.mdx" → "my-slug/fr"; "guidelines/my-slug/resource.yaml" → "my-slug". */
const itemId = ({ entry }: { entry: string }) => {
  const [, folder, name] = entry.split('/');
  return name!.endsWith('.mdx') ? `${folder}/${name!.replace(/\.mdx$/, '')}` : folder!;
};

/** A YAML file holding a single object, stored as one entry with id "main". */
const single = (name: (typeof DATA_FILES)[number]) => file(`${base}/${name}`, { parser: (text) => ({ main: parse(text) }) });

export const collections = {
  resources: defineCollection({
    loader: glob({ base, pattern: `${typeFolders}/*/${FACTS_FILE.resource}`, generateId: itemId }),
    schema: resourceFactsSchema,
  }),
  resourceTexts: defineCollection({
    loader: glob({ base, pattern: `${typeFolders}/*/*.mdx`, generateId: itemId }),
    schema: textSchema,
  }),
  organizations: defineCollection({
    loader: glob({ base, pattern: `${ORGANIZATIONS_FOLDER}/*/${FACTS_FILE.organization}`, generateId: itemId }),
    schema: organizationFactsSchema,
  }),
  organizationTexts: defineCollection({
    loader: glob({ base, pattern: `${ORGANIZATIONS_FOLDER}/*/*.mdx`, generateId: itemId }),
    schema: organizationTextSchema,
  }),
  countries: defineCollection({
    loader: file(`${base}/countries.yaml`, {
      parser: (text) => Object.fromEntries((parse(text) as { iso3: string }[]).map((country) => [country.iso3, country])),
    }),
    schema: countrySchema,
  }),
  site: defineCollection({ loader: single('site.yaml'), schema: siteSchema }),
  resolution: defineCollection({ loader: single('resolution.yaml'), schema: resolutionSchema }),
};
