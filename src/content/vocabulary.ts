/**
 * The closed lists the content is classified by. Labels live in the i18n
 * strings (`category.<id>`, `sector.<id>`, ...), so adding a value here means
 * adding its label in all six string files (a unit test checks it).
 */

/** Country categories named in the footnote of Resolution 197. */
export const CATEGORIES = ['ldc', 'sids', 'lldc', 'eit'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The eight sectors Resolution 197 names. */
export const SECTORS = [
  'energy',
  'transportation',
  'health',
  'urban-rural',
  'agriculture',
  'emergencies',
  'public-safety',
  'home-networks',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Cross-cutting topics a resource can be tagged with. */
export const TOPICS = [
  'strategy-policy',
  'standards-interoperability',
  'spectrum-connectivity',
  'ipv6',
  'security-trust',
  'data-protection',
  'emf',
  'open-source',
  'skills',
  'financing-procurement',
  'measurement',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Resource types, each with the folder its files live in under `content/`
 * (which is also its listing URL segment).
 */
export const RESOURCE_TYPES = ['best-practice', 'guideline', 'strategy-template'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const TYPE_FOLDERS = {
  'best-practice': 'best-practices',
  guideline: 'guidelines',
  'strategy-template': 'templates',
} as const satisfies Record<ResourceType, string>;
export type TypeFolder = (typeof TYPE_FOLDERS)[ResourceType];

/**
 * What kind of best practice an item is: a deployed system or policy with an
 * outcome, groundwork that enables one, or a failure to learn from.
 */
export const PRACTICE_KINDS = ['deployment', 'enabling-project', 'cautionary'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export function typeFromFolder(folder: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((type) => TYPE_FOLDERS[type] === folder);
}

/** How a translation was made; English originals carry no status. */
export const TRANSLATION_STATUSES = ['machine-assisted', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** Licences a resource text may carry (SPDX identifiers where one exists). */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-SA-3.0-IGO', 'CC0-1.0'] as const;
export type Licence = (typeof LICENCES)[number];

/** Whether a cited document can be read free of charge. */
export const ACCESS = ['free', 'registration', 'sold'] as const;
export type Access = (typeof ACCESS)[number];

/** What sort of body an organization in the support directory is. */
export const ORGANIZATION_KINDS = ['un-system', 'standards-body', 'industry-alliance', 'development-partner', 'academic'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What an organization in the support directory offers. */
export const SUPPORT_KINDS = [
  'standards',
  'policy-advice',
  'technical-assistance',
  'training',
  'data',
  'financing',
  'community',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** What the support of an organization costs a country or city. */
export const COSTS = ['free', 'membership', 'paid', 'mixed'] as const;
export type Cost = (typeof COSTS)[number];
