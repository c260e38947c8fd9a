/**
 * Reads the whole content folder, validates every file against the schemas
 * and checks every cross-reference, collecting all problems instead of
 * stopping at the first. The build, `npm run check`, `npm run translations`
 * and the scaffolder all start here.
 *
 * The work is done, in this order, by folder-layout.ts (what may sit where),
 * read-data-files.ts (site, countries, resolution, termbase), read-items.ts
 * (each item's facts joined with its texts from read-texts.ts), and
 * reference-checks.ts with resource-checks.ts once everything is read.
 */
import { existsSync, statSync } from 'node:fs';
import { checkTopLevel } from './folder-layout.ts';
import type { Content } from './loaded-content.ts';
import type { Problem } from './problems.ts';
import { checkTermbase, readDataFiles } from './read-data-files.ts';
import { readOrganizations, readResources } from './read-items.ts';
import { checkCrossReferences, type PendingReference } from './reference-checks.ts';

export { DATA_FILES, FACTS_FILE, ORGANIZATIONS_FOLDER, TERMBASE_FILE } from './folder-layout.ts';
export type { Content, LoadedOrganization, LoadedResource, LoadedText } from './loaded-content.ts';

/** `today` only decides warnings about status that time has overtaken; it never changes the content. */
export function loadContent(dir: string, today = new Date().toISOString().slice(0, 10)): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const references: PendingReference[] = [];
  const content: Content = { dir, folders: { resources: new Set(), organizations: new Set() }, resources: new Map(), organizations: new Map(), countries: new Map() };

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { content, problems: [{ file: dir, message: 'content folder not found' }] };
  }
  problems.push(...checkTopLevel(dir));
  readDataFiles(dir, content, problems, today);
  readResources(dir, content, problems, references);
  readOrganizations(dir, content, problems, references);
  problems.push(...checkCrossReferences(content, references));
  checkTermbase(dir, content, problems);
  return { content, problems };
}
