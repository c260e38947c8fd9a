/** The fields of a resource's facts: classification, countries, organizations, related resources, dates, licence and sources. */
import strings from '../i18n/strings/en.json' with { type: 'json' };
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Content } from '../content/load.ts';
import { resourceFactsSchema, sourceSchema } from '../content/schemas.ts';
import { ACCESS, LICENCES, PRACTICE_KINDS, SECTORS, TOPICS, type ResourceType } from '../content/vocabulary.ts';
import { countryName } from '../lib/country-names.ts';
import { paragraphsOf } from '../content/paragraphs.ts';
import { categoriesField, date, hint, labelled, many, options, select, type Field } from './field-widgets.ts';

const PRACTICE_KIND_LABELS: Record<(typeof PRACTICE_KINDS)[number], string> = {
  deployment: 'Deployment: a system or policy in use, with results',
  'enabling-project': 'Enabling project: groundwork such as connectivity or skills',
  cautionary: 'Cautionary: failed, abandoned or disputed; what to avoid',
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

/** The facts fields of a resource of one type; the lists of countries, organizations, resources and paragraphs come from the content. */
export function resourceFacts(type: ResourceType, content: Content): Field[] {
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
    ...(type === 'best-practice' ? [select('kind', 'Kind of best practice', labelled(PRACTICE_KINDS, PRACTICE_KIND_LABELS), { hint: hint(f.kind) })] : []),
    categoriesField(true, hint(f.categories)),
    many('sectors', 'Sectors', labelled(SECTORS, strings.sector), true, { hint: hint(f.sectors) }),
    many('topics', 'Topics', labelled(TOPICS, strings.topic), false, { hint: hint(f.topics) }),
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
