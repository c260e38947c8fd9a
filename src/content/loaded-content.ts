/** What loading the content folder gives: every item with its facts and texts, the countries, the site facts and the resolution. */
import type { ParsedFile } from './files.ts';
import type { ItemText, Organization, Resource } from './items.ts';
import type { Country, OrganizationText, Resolution, SiteFacts, Text } from './schemas.ts';

export interface LoadedText<T> extends ItemText<T> {
  file: string;
  body: string;
  /** Line in the file where the body starts, and the line of a frontmatter field, for messages. */
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
}

/** Where an item was read from, for messages and for the files written back. */
interface Provenance {
  /** Folder of the item, relative to the content folder. */
  folder: string;
  /** Line of a field in the facts file. */
  lineOf: ParsedFile['lineOf'];
}

export type LoadedResource = Resource<LoadedText<Text>> & Provenance;
export type LoadedOrganization = Organization<LoadedText<OrganizationText>> & Provenance;

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
