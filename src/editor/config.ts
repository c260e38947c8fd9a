/**
 * The Decap CMS configuration, generated from the content and the
 * vocabularies each time the editor page loads: closed lists become select
 * widgets, countries are picked by name, and the field hints are the
 * schema's own descriptions (the same words the authoring guide quotes).
 * The fields come from text-fields.ts, resource-fields.ts and
 * organization-fields.ts, built with the widgets of field-widgets.ts.
 */
import { stringify } from 'yaml';
import strings from '../i18n/strings/en.json' with { type: 'json' };
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Content } from '../content/load.ts';
import { ORGANIZATIONS_FOLDER } from '../content/load.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS } from '../content/vocabulary.ts';
import { organizationFacts } from './organization-fields.ts';
import { resourceFacts } from './resource-fields.ts';
import { body, textFields } from './text-fields.ts';
import { VIRTUAL_EXTENSION } from './virtual-files.ts';

export interface EditorAddresses {
  /** The preview (npm run dev) server, e.g. http://localhost:4321. */
  siteUrl: string;
}

/** Decap's configuration for the content as it is now. */
export function decapConfig(content: Content, { siteUrl }: EditorAddresses): Record<string, unknown> {
  const locales = [SOURCE_LOCALE, ...LOCALES.filter((locale) => locale !== SOURCE_LOCALE)];
  const common = {
    extension: VIRTUAL_EXTENSION,
    format: 'frontmatter',
    create: true,
    delete: false,
    i18n: true,
    slug: '{{slug}}',
  };
  const resourceCollections = RESOURCE_TYPES.map((type) => ({
    ...common,
    name: TYPE_FOLDERS[type],
    label: strings.type[type].plural,
    label_singular: strings.type[type].name.toLowerCase(),
    description: strings.type[type].description,
    folder: TYPE_FOLDERS[type],
    identifier_field: 'title',
    summary: '{{title}}',
    preview_path: `${SOURCE_LOCALE}/resources/{{slug}}/`,
    fields: [...textFields('resource'), ...resourceFacts(type, content), body],
  }));
  const organizations = {
    ...common,
    name: ORGANIZATIONS_FOLDER,
    label: 'Organizations',
    label_singular: 'organization',
    description: 'The support directory: bodies that offer standards, advice, training or financing.',
    folder: ORGANIZATIONS_FOLDER,
    identifier_field: 'name',
    summary: '{{name}}',
    preview_path: `${SOURCE_LOCALE}/organizations/{{slug}}/`,
    fields: [...textFields('organization'), ...organizationFacts(content), body],
  };
  return {
    backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
    publish_mode: 'simple',
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: '_editor_media',
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales, default_locale: SOURCE_LOCALE },
    collections: [...resourceCollections, organizations],
  };
}

export const decapConfigYaml = (content: Content, addresses: EditorAddresses) => stringify(decapConfig(content, addresses), { lineWidth: 0 });
