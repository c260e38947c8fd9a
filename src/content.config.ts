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
import { componentTextFiles, textLoader } from './pipeline/text-loader.ts';

const base = settings().HUB_CONTENT_DIR;
const RESOURCE_FOLDERS = RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]);
const typeFolders = `{${RESOURCE_FOLDERS.join(',')}}`;
const componentFiles = componentTextFiles(base, [...RESOURCE_FOLDERS, ORGANIZATIONS_FOLDER]);
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
  resourceTexts: defineCollection({ loader: textLoader(base, RESOURCE_FOLDERS), schema: textSchema }),
  organizations: defineCollection({
    loader: glob({ base, pattern: `${ORGANIZATIONS_FOLDER}/*/${FACTS_FILE.organization}`, generateId: itemId }),
    schema: organizationFactsSchema,
  }),
  organizationTexts: defineCollection({ loader: textLoader(base, [ORGANIZATIONS_FOLDER]), schema: organizationTextSchema }),
  // The few texts that use a component are compiled by @astrojs/mdx (none of the shipped texts does).
  componentTexts: defineCollection({
    loader:
      componentFiles.length > 0
        ? glob({ base, pattern: `{${componentFiles.join(',')}}`, generateId: itemId })
        : { name: 'hub-no-component-texts', load: async () => {} },
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
