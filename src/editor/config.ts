/**
 * The Decap CMS configuration, generated from the content and the
 * vocabularies each time the editor page loads: closed lists become select
 * widgets, countries are picked by name, and the field hints are the
 * schema's own descriptions (the same words the authoring guide quotes).
 */
import { stringify } from 'yaml';
import strings from '../i18n/strings/en.json' with { type: 'json' };
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Content } from '../content/load.ts';
import { ORGANIZATIONS_FOLDER } from '../content/load.ts';
import { ORGANIZATION_KINDS, organizationFactsSchema, organizationTextSchema, resourceFactsSchema, sourceSchema, textSchema } from '../content/schemas.ts';
import {
  ACCESS,
  CATEGORIES,
  COSTS,
  LICENCES,
  PRACTICE_KINDS,
  RESOURCE_TYPES,
  SECTORS,
  SUPPORT_KINDS,
  TOPICS,
  TYPE_FOLDERS,
  type ResourceType,
} from '../content/vocabulary.ts';
import { countryName } from '../lib/country-names.ts';
import { paragraphsOf } from '../lib/resolution.ts';
import { STATUS_FIELD, VIRTUAL_EXTENSION } from './virtual-files.ts';

type Field = Record<string, unknown>;
interface Option {
  label: string;
  value: string;
}

const hint = (schema: { description?: string | undefined }) => schema.description ?? '';

const PRACTICE_KIND_LABELS: Record<(typeof PRACTICE_KINDS)[number], string> = {
  deployment: 'Deployment: a system or policy in use, with results',
  'enabling-project': 'Enabling project: groundwork such as connectivity or skills',
  cautionary: 'Cautionary: failed, abandoned or disputed; what to avoid',
};

const options = (values: readonly string[], label: (value: string) => string): Option[] => values.map((value) => ({ label: label(value), value }));

function select(name: string, label: string, values: Option[], extra: Field = {}): Field {
  return { name, label, widget: 'select', options: values, i18n: false, ...extra };
}

function many(name: string, label: string, values: Option[], required: boolean, extra: Field = {}): Field {
  return select(name, label, values, { multiple: true, required, ...(required ? { min: 1 } : { default: [] }), ...extra });
}

function date(name: string, label: string, schemaHint: string, required: boolean): Field {
  return {
    name,
    label,
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    required,
    i18n: false,
    hint: schemaHint,
    // A new item starts with today's date (the configuration is made anew each time the editor page loads).
    default: required ? new Date().toISOString().slice(0, 10) : '',
  };
}

/** Title, summary and body: the only fields translated; they appear in every language. */
function textFields(kind: 'resource' | 'organization'): Field[] {
  const shape = kind === 'organization' ? organizationTextSchema.shape : textSchema.shape;
  const head: Field[] =
    kind === 'organization'
      ? [
          { name: 'name', label: 'Name', widget: 'string', i18n: true, required: true, hint: hint(organizationTextSchema.shape.name) },
          {
            name: 'shortName',
            label: 'Short name (acronym)',
            widget: 'string',
            i18n: true,
            required: false,
            hint: hint(organizationTextSchema.shape.shortName),
          },
        ]
      : [{ name: 'title', label: 'Title', widget: 'string', i18n: true, required: true, hint: hint(textSchema.shape.title) }];
  return [
    ...head,
    { name: 'summary', label: 'Summary', widget: 'text', i18n: true, required: true, hint: hint(shape.summary) },
    {
      name: STATUS_FIELD,
      label: 'Translation status',
      widget: 'translation-status',
      i18n: true,
      required: false,
      hint: 'Translations only. A translation saved here records the English text shown beside it as its source.',
    },
  ];
}

const body: Field = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  i18n: true,
  required: false,
  editor_components: [],
  modes: ['rich_text', 'raw'],
  hint: 'Headings, lists, links and emphasis. Hub links are written like `[a guideline](resource:its-slug)` or `[Nepal](country:NPL)`.',
};

function sourcesField(): Field {
  const s = sourceSchema.shape;
  const text = (name: keyof typeof s, label: string, required = false): Field => ({ name, label, widget: 'string', required, hint: hint(s[name]) });
  return {
    name: 'sources',
    label: 'Sources',
    label_singular: 'source',
    widget: 'list',
    i18n: false,
    min: 1,
    collapsed: false,
    summary: '{{fields.title}} ({{fields.publisher}}, {{fields.year}})',
    hint: hint(resourceFactsSchema.shape.sources),
    fields: [
      text('title', 'Title', true),
      text('publisher', 'Publisher', true),
      { name: 'year', label: 'Year', widget: 'number', value_type: 'int', required: false, hint: hint(s.year) },
      text('identifier', 'Document symbol, standard number or ISBN'),
      text('doi', 'DOI'),
      text('url', 'Address (https://…)'),
      text('noAddress', 'Why there is no address'),
      select(
        'access',
        'Access',
        options(ACCESS, (value) => value),
        { required: false, default: 'free', hint: hint(s.access), i18n: undefined },
      ),
      text('language', 'Language of the title (ISO 639 code)'),
      text('note', 'Note'),
    ],
  };
}

function resourceFacts(type: ResourceType, content: Content): Field[] {
  const f = resourceFactsSchema.shape;
  const countries = [...content.countries.values()]
    .map((country) => ({ label: `${countryName(country, SOURCE_LOCALE)} (${country.iso3})`, value: country.iso3 }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const organizations = [...content.organizations.values()]
    .map((organization) => {
      const text = organization.texts[SOURCE_LOCALE]?.data;
      return { label: text ? `${text.name}${text.shortName ? ` (${text.shortName})` : ''}` : organization.id, value: organization.id };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const related = [...content.resources.values()]
    .map((resource) => ({ label: `${resource.texts[SOURCE_LOCALE]?.data.title ?? resource.slug} (${strings.type[resource.type].name})`, value: resource.slug }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const paragraphs = content.resolution
    ? paragraphsOf(content.resolution).map((paragraph) => ({
        label: `${paragraph.id}: ${paragraph.summary[SOURCE_LOCALE] ?? paragraph.text}`,
        value: paragraph.id,
      }))
    : [];
  return [
    ...(type === 'best-practice'
      ? [
          select(
            'kind',
            'Kind of best practice',
            options(PRACTICE_KINDS, (value) => PRACTICE_KIND_LABELS[value as keyof typeof PRACTICE_KIND_LABELS]),
            { hint: hint(f.kind) },
          ),
        ]
      : []),
    many(
      'categories',
      'Country categories',
      options(CATEGORIES, (value) => strings.category[value as keyof typeof strings.category].name),
      true,
      { hint: hint(f.categories) },
    ),
    many(
      'sectors',
      'Sectors',
      options(SECTORS, (value) => strings.sector[value as keyof typeof strings.sector]),
      true,
      { hint: hint(f.sectors) },
    ),
    many(
      'topics',
      'Topics',
      options(TOPICS, (value) => strings.topic[value as keyof typeof strings.topic]),
      false,
      { hint: hint(f.topics) },
    ),
    many('countries', 'Countries', countries, false, { hint: 'Countries the resource is about: type a name to find one.' }),
    many('organizations', 'Organizations', organizations, false, { hint: 'Organizations involved, from the support directory.' }),
    many('related', 'Related resources', related, false, { hint: hint(f.related).replace(', by slug', '') }),
    many('answers', 'Paragraphs of Resolution 197 it answers', paragraphs, false, { hint: 'Paragraphs of Resolution 197 this resource answers.' }),
    date('published', 'Published', hint(f.published), true),
    date('updated', 'Updated', hint(f.updated), false),
    date('checked', 'Facts checked', hint(f.checked), true),
    select(
      'licence',
      'Licence',
      options(LICENCES, (value) => `${strings.licence[value as keyof typeof strings.licence]} (${value})`),
      { default: 'CC-BY-4.0', hint: hint(f.licence) },
    ),
    sourcesField(),
  ];
}

function organizationFacts(content: Content): Field[] {
  const f = organizationFactsSchema.shape;
  const parents = [...content.organizations.values()].map((organization) => ({
    label: organization.texts[SOURCE_LOCALE]?.data.name ?? organization.id,
    value: organization.id,
  }));
  return [
    select(
      'kind',
      'Kind of organization',
      options(ORGANIZATION_KINDS, (value) => strings.orgKind[value as keyof typeof strings.orgKind]),
      { hint: hint(f.kind) },
    ),
    { name: 'website', label: 'Website (https://…)', widget: 'string', i18n: false, hint: hint(f.website) },
    { name: 'startHere', label: 'Page to start from (https://…)', widget: 'string', i18n: false, required: false, hint: hint(f.startHere) },
    select('parent', 'Part of', parents, { required: false, hint: hint(f.parent) }),
    many(
      'support',
      'Support offered',
      options(SUPPORT_KINDS, (value) => strings.support[value as keyof typeof strings.support]),
      true,
      { hint: hint(f.support) },
    ),
    select(
      'cost',
      'Cost',
      options(COSTS, (value) => strings.cost[value as keyof typeof strings.cost]),
      { hint: hint(f.cost) },
    ),
    many(
      'categories',
      'Country categories',
      options(CATEGORIES, (value) => strings.category[value as keyof typeof strings.category].name),
      false,
      { hint: hint(f.categories) },
    ),
    date('checked', 'Checked', hint(f.checked), true),
  ];
}

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
