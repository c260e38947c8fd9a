/**
 * The one definition of what a valid content file looks like. Astro's content
 * collections, the build-time validator and `npm run check` all use these
 * schemas, so the rules cannot drift apart. Every field carries a description:
 * the authoring guide and the error messages quote them.
 */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales.ts';
import { LINKABLE_PAGES } from './links.ts';
import {
  ACCESS,
  CATEGORIES,
  PRACTICE_KINDS,
  COSTS,
  LICENCES,
  ORGANIZATION_KINDS,
  SECTORS,
  SUPPORT_KINDS,
  TOPICS,
  TRANSLATION_STATUSES,
} from './vocabulary.ts';

/** Lower-case ASCII words joined by hyphens: the form of every slug and id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug nearest to a name: accents dropped, lower case, other characters as single hyphens ('' if nothing is left). */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{ASCII}]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const slug = z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII letters, digits and single hyphens');

/** YAML may hand us a Date or a string; both become "YYYY-MM-DD". */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real calendar date'),
);

/** A date known only to the year or month: "2029", "2027-12" or "2026-11-24". */
const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be written YYYY, YYYY-MM or YYYY-MM-DD'),
);

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be a full web address starting with https://' });

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, e.g. NPL');

export const sourceSchema = z
  .object({
    title: z.string().min(3).describe('Title of the document exactly as published.'),
    publisher: z.string().min(2).describe('Organization that published it, e.g. "ITU".'),
    year: z.number().int().min(1900).max(2100).optional().describe('Year of publication, or the date a web page shows.'),
    noYear: z.string().min(10).optional().describe('Why the source has no year, e.g. "a living web page that shows no date".'),
    identifier: z.string().optional().describe('Document symbol or official number, e.g. "A/RES/76/8", "ITU-T Y.4903" or "ISBN 978-92-61-31311-1".'),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.2166/ws.2020.128 (no "doi:" and no https://doi.org/)').optional().describe('Digital Object Identifier, written bare: 10.2166/ws.2020.128.'),
    url: httpsUrl.optional().describe('Address where the document can be found. Only addresses you have opened yourself.'),
    noAddress: z.string().min(10).optional().describe('Why the source has no address, DOI, symbol or ISBN, e.g. "print edition only; no online copy found".'),
    access: z.enum(ACCESS).default('free').describe('free, registration (free after sign-up) or sold (link to the catalogue page).'),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code (ISO 639), e.g. en, pt, sr').default('en').describe('Language the title is written in, as an ISO 639 code (any language, not only the six).'),
    note: z.string().optional().describe('A short note in English on the source, e.g. "title not confirmed" or "one news report only".'),
  })
  .strict();

export const resourceFactsSchema = z
  .object({
    kind: z.enum(PRACTICE_KINDS).optional().describe('Best practices only: deployment, enabling-project (groundwork such as connectivity or skills, with no IoT system of its own) or cautionary (failed, abandoned or disputed: what to avoid).'),
    categories: z.array(z.enum(CATEGORIES)).min(1).describe('Country categories the resource is for: ldc, sids, lldc, eit.'),
    sectors: z.array(z.enum(SECTORS)).min(1).describe('Sectors of Resolution 197 the resource covers.'),
    topics: z.array(z.enum(TOPICS)).default([]).describe('Cross-cutting topics.'),
    countries: z.array(iso3).default([]).describe('Countries the resource is about, as ISO alpha-3 codes.'),
    organizations: z.array(slug).default([]).describe('Organizations involved, by their folder name under organizations/.'),
    related: z.array(slug).default([]).describe('Other resources to point readers to, by slug.'),
    answers: z.array(slug).default([]).describe('Paragraphs of Resolution 197 this resource answers, by id from resolution.yaml, e.g. instructs-bdt-1.'),
    published: isoDate.describe('Date first published on the hub.'),
    updated: isoDate.optional().describe('Date the text last changed in substance after it was published.'),
    checked: isoDate.describe('Date the facts were last checked against the listed sources.'),
    licence: z.enum(LICENCES).describe('Licence of the hub text for this resource.'),
    sources: z.array(sourceSchema).min(1).describe('Real documents every claim can be traced to.'),
  })
  .strict()
  .refine((facts) => facts.checked >= facts.published && (facts.updated ?? facts.published) >= facts.published, {
    path: ['checked'],
    message: 'must not be earlier than published (nor may updated be)',
    // Compare only once both dates are valid, so one bad date gives one message.
    when: (payload) => payload.issues.length === 0,
  });

export const translationSchema = z
  .object({
    status: z.enum(TRANSLATION_STATUSES).describe('machine-assisted until a person has reviewed it, then reviewed.'),
    sourceRevision: z
      .string()
      .regex(/^r[0-9a-f]{9}$/, 'must be the revision `npm run translations` prints for the English text, like r3f9a1c07b')
      .describe('Revision of the English text this translation was made from.'),
    reviewedOn: isoDate.optional().describe('Date a person reviewed the translation against the English (required with status reviewed).'),
  })
  .strict()
  .refine((translation) => (translation.status === 'reviewed') === (translation.reviewedOn !== undefined), {
    path: ['reviewedOn'],
    message: 'must be given with status reviewed, and only then: the date a person reviewed this translation',
    when: (payload) => payload.issues.length === 0,
  });

export const textSchema = z
  .object({
    title: z.string().min(3).max(140, 'must be at most 140 characters: longer titles are cut off in browser tabs and search results').describe('Title in this language, at most 140 characters.'),
    summary: z.string().min(10).max(500).describe('One or two sentences shown in listings and search results.'),
    translation: translationSchema.optional().describe('Required in every language except English.'),
  })
  .strict();

export const organizationFactsSchema = z
  .object({
    kind: z.enum(ORGANIZATION_KINDS).describe('What sort of body it is.'),
    website: httpsUrl.describe('Home page of the organization.'),
    startHere: httpsUrl.optional().describe('The page a newcomer should open first, if not the home page.'),
    parent: slug.optional().describe('Organization this one is part of, by folder name.'),
    support: z.array(z.enum(SUPPORT_KINDS)).min(1).describe('What kinds of support it offers.'),
    cost: z.enum(COSTS).describe('What its support costs: free, membership, paid or mixed.'),
    categories: z.array(z.enum(CATEGORIES)).default([]).describe('Country categories it has programmes for.'),
    checked: isoDate.describe('Date the entry was last checked against its website.'),
  })
  .strict();

export const organizationTextSchema = z
  .object({
    name: z.string().min(2).max(200).describe('Full name in this language.'),
    shortName: z.string().optional().describe('Acronym in this language, e.g. ITU or UIT.'),
    summary: z.string().min(10).max(500).describe('One or two sentences: what support it offers, to whom.'),
    translation: translationSchema.optional().describe('Required in every language except English.'),
  })
  .strict();

/** Steps of a graduation from the LDC category that a source can state, in the order they happen. */
export const STATUS_EVENTS = ['exit-scheduled', 'deferral-requested', 'cdp-recommendation', 'ecosoc-decision', 'ga-decision', 'graduated'] as const;

export const statusStepSchema = z
  .object({
    date: partialDate.describe('When it happened: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.'),
    event: z.enum(STATUS_EVENTS).describe('What happened.'),
    detail: z.string().min(3).optional().describe('A short note in English, e.g. "deferral to 24 November 2029 requested".'),
    source: sourceSchema.describe('The document that states this step.'),
  })
  .strict();

/**
 * Partial dates ("1994", "2027-12") name a period: the event happened at some
 * point in it, so the hub counts it as passed only once the whole period has ended.
 */
export const membershipSchema = z
  .object({
    category: z.enum(CATEGORIES).describe('The category.'),
    since: isoDate.optional().describe('Date the country joined the category, where a source gives it.'),
    until: partialDate.optional().describe('Date the country left the category (e.g. graduated from LDC), confirmed by a source; YYYY or YYYY-MM where the day is not known.'),
    scheduledExit: partialDate.optional().describe('Date of a scheduled but not yet confirmed exit (LDC graduation).'),
    deferralRequested: z.union([z.literal(true), partialDate]).optional().describe('Older form of a deferral-requested step: prefer steps.'),
    steps: z.array(statusStepSchema).default([]).describe('Each step of a scheduled graduation or deferral, with its source.'),
    sources: z.array(sourceSchema).default([]).describe('Where the membership itself is stated.'),
  })
  .strict();

const localeNames = z.partialRecord(z.enum(LOCALES), z.string().min(2));

export const countrySchema = z
  .object({
    iso3: iso3.describe('ISO 3166-1 alpha-3 code.'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals').describe('ISO 3166-1 alpha-2 code.'),
    m49: z.string().regex(/^\d{3}$/, 'must be the three-digit UN M49 code, in quotes, e.g. "004"').describe('UN M49 code.'),
    names: localeNames.optional().describe('UN names where they differ from the CLDR names the site uses otherwise.'),
    unMember: z.literal(false).optional().describe('false for a territory or associated State that is not a UN Member State (counts then say "countries and territories").'),
    memberships: z.array(membershipSchema).min(1).describe('Categories the country is or was in.'),
  })
  .strict();

export const countriesFileSchema = z.array(countrySchema);

const localizedText = z.record(z.enum(LOCALES), z.string().min(3));

export const categorySourceSchema = z
  .object({
    category: z.enum(CATEGORIES),
    title: z.string(),
    publisher: z.string(),
    year: z.number().int().min(1900).max(2100).optional(),
    identifier: z.string().optional().describe('Document symbol or edition, e.g. A/RES/76/8.'),
    url: httpsUrl.optional(),
  })
  .strict();

export const siteSchema = z
  .object({
    membershipAsOf: isoDate.describe('Date the country categories were last checked against their sources.'),
    categorySources: z.array(categorySourceSchema).min(1).describe('Where each category list comes from.'),
  })
  .strict();

/** The resolution's own verbs and addressees, as its operative sections name them. */
export const RESOLUTION_VERBS = ['resolves', 'instructs', 'invites'] as const;
export const RESOLUTION_ADDRESSEES = [
  'conference',
  'secretary-general',
  'tsb-br-directors',
  'br-director',
  'bdt-director',
  'council',
  'member-states',
  'itu-membership',
] as const;
/** hub: the hub's resources answer it; related: the hub helps; itu: addressed to ITU's own organs and procedures. */
export const PARAGRAPH_SCOPES = ['hub', 'related', 'itu'] as const;

const officialText = z.string().min(3).describe('The official English wording, exactly as in the resolution.');

export const operativeParagraphSchema = z
  .object({
    id: slug.describe('Anchor and id used by resources in `answers`: the section id, then the number.'),
    number: z.number().int().min(1).optional().describe('The paragraph number (absent where a section has one unnumbered paragraph).'),
    text: officialText,
    scope: z.enum(PARAGRAPH_SCOPES).describe('hub, related or itu.'),
    seeAlso: z.enum(LINKABLE_PAGES).optional().describe('A hub page that also answers the paragraph, e.g. organizations.'),
    summary: localizedText.describe('Our plain summary in all six languages, keeping the official verb and addressee.'),
  })
  .strict();

export const operativeSectionSchema = z
  .object({
    id: slug.describe('Prefix of the paragraph ids, e.g. instructs-bdt.'),
    verb: z.enum(RESOLUTION_VERBS),
    addressee: z.enum(RESOLUTION_ADDRESSEES),
    heading: officialText,
    paragraphs: z.array(operativeParagraphSchema).min(1),
  })
  .strict();

export const preambleSectionSchema = z
  .object({
    heading: officialText,
    paragraphs: z.array(z.object({ letter: z.string().regex(/^[a-z]$/), text: officialText }).strict()).min(1),
  })
  .strict();

export const resolutionSchema = z
  .object({
    title: officialText,
    number: z.number().int().min(1),
    history: z
      .array(z.object({ place: z.record(z.enum(LOCALES), z.string().min(1)).describe('The city, in the six languages.'), year: z.number().int().min(1865), kind: z.enum(['adopted', 'revised']) }).strict())
      .min(1)
      .describe('Where and when the resolution was adopted and revised, oldest first.'),
    footnote: officialText.describe('Footnote 1, on developing countries.'),
    preambleNote: localizedText.describe('One sentence on what the preamble is, in all six languages.'),
    preamble: z.array(preambleSectionSchema).min(1),
    sections: z.array(operativeSectionSchema).min(1),
  })
  .strict();

export type ResourceFacts = z.infer<typeof resourceFactsSchema>;
export type Text = z.infer<typeof textSchema>;
export type OrganizationFacts = z.infer<typeof organizationFactsSchema>;
export type OrganizationText = z.infer<typeof organizationTextSchema>;
/** Steps and sources may be left out where a membership is built in code (tests). */
export type Membership = Omit<z.output<typeof membershipSchema>, 'steps' | 'sources'> & Partial<Pick<z.output<typeof membershipSchema>, 'steps' | 'sources'>>;
export type StatusStep = z.infer<typeof statusStepSchema>;
export type Country = Omit<z.infer<typeof countrySchema>, 'memberships'> & { memberships: Membership[] };
export type SiteFacts = z.infer<typeof siteSchema>;
export type Resolution = z.infer<typeof resolutionSchema>;
export type OperativeSection = z.infer<typeof operativeSectionSchema>;
export type OperativeParagraph = z.infer<typeof operativeParagraphSchema>;
/** Language and access may be left to their defaults where a source is built in code. */
export type Source = Omit<z.output<typeof sourceSchema>, 'language' | 'access'> & Partial<Pick<z.output<typeof sourceSchema>, 'language' | 'access'>>;
