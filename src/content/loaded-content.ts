/** What loading the content folder gives: every item with its facts and texts, the countries, the site facts and the resolution. */
import type { Locale } from '../i18n/locales.ts';
import type { ParsedFile } from './files.ts';
import type { Country, OrganizationFacts, OrganizationText, ResourceFacts, Resolution, SiteFacts, Text } from './schemas.ts';
import type { ResourceType } from './vocabulary.ts';

export interface LoadedText<T> {
  file: string;
  data: T;
  body: string;
  /** Line in the file where the body starts, and the line of a frontmatter field, for messages. */
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
  /** Revision of this text (what a translation of it would record). */
  revision: string;
}

export interface LoadedResource {
  slug: string;
  /** Line of a field in the facts file, for messages. */
  lineOf: ParsedFile['lineOf'];
  type: ResourceType;
  folder: string;
  facts: ResourceFacts;
  texts: Partial<Record<Locale, LoadedText<Text>>>;
}

export interface LoadedOrganization {
  id: string;
  folder: string;
  facts: OrganizationFacts;
  texts: Partial<Record<Locale, LoadedText<OrganizationText>>>;
}

export interface Content {
  dir: string;
  /** Every resource and organization folder found, valid or not (so one bad file does not make links to it fail too). */
  folders: { resources: Set<string>; organizations: Set<string> };
  resources: Map<string, LoadedResource>;
  organizations: Map<string, LoadedOrganization>;
  countries: Map<string, Country>;
  site?: SiteFacts;
  resolution?: Resolution;
}
