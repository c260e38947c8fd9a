/**
 * The item folders: one per resource under its type's folder, one per
 * organization. Each folder's facts file and texts are read and joined into
 * one item; the references its facts make are collected for checking later.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readYaml, type ParsedFile } from './files.ts';
import { checkSlug, FACTS_FILE, listDir, ORGANIZATIONS_FOLDER, rel } from './folder-layout.ts';
import { joinItem } from './items.ts';
import type { Content } from './loaded-content.ts';
import type { Problem } from './problems.ts';
import type { PendingReference } from './reference-checks.ts';
import { readTexts } from './read-texts.ts';
import { organizationFactsSchema, organizationTextSchema, resourceFactsSchema, textSchema, type OrganizationText, type Text } from './schemas.ts';
import type { z } from 'astro/zod';
import { check } from './zod-problems.ts';
import { RESOURCE_TYPES, TYPE_FOLDERS, typeFromFolder } from './vocabulary.ts';

/** An item's facts file, read and checked against its schema; the facts only if they are valid. */
function readFacts<S extends z.ZodType>(folderPath: string, folderRel: string, factsFile: string, schema: S, problems: Problem[]): { file?: ParsedFile; data?: z.output<S> } {
  const absolute = path.join(folderPath, factsFile);
  if (!existsSync(absolute)) {
    problems.push({ file: rel(folderRel, factsFile), message: 'is missing: every item folder needs its facts file' });
    return {};
  }
  const { parsed, problems: readProblems } = readYaml(absolute, rel(folderRel, factsFile));
  problems.push(...readProblems);
  if (!parsed) return {};
  const checked = check(schema, parsed);
  problems.push(...checked.problems);
  return { file: parsed, data: checked.data };
}

/** Resources, one folder per resource under its type's folder; a slug must be unique across all types. */
export function readResources(dir: string, content: Content, problems: Problem[], references: PendingReference[]): void {
  const seen = new Map<string, string>();
  for (const type of RESOURCE_TYPES) {
    const typeFolder = TYPE_FOLDERS[type];
    for (const slug of listDir(path.join(dir, typeFolder))) {
      const folderRel = rel(typeFolder, slug);
      const folderPath = path.join(dir, typeFolder, slug);
      if (!statSync(folderPath).isDirectory()) {
        problems.push({ file: folderRel, message: `must be a folder holding ${FACTS_FILE.resource} and the language files` });
        continue;
      }
      if (!checkSlug(slug, folderRel, problems)) continue;
      if (seen.has(slug)) {
        problems.push({ file: folderRel, value: slug, message: `uses the same slug as ${seen.get(slug)}; slugs must be unique across all resource types, because they form the page address` });
        continue;
      }
      seen.set(slug, folderRel);
      content.folders.resources.add(slug);
      const { file: factsFile, data: facts } = readFacts(folderPath, folderRel, FACTS_FILE.resource, resourceFactsSchema, problems);
      const texts = readTexts<Text>(folderPath, folderRel, FACTS_FILE.resource, textSchema, problems, references);
      if (facts) {
        content.resources.set(slug, { ...joinItem({ ...facts, slug, type: typeFromFolder(typeFolder)! }, texts), folder: folderRel, lineOf: factsFile!.lineOf });
        for (const [index, target] of facts.related.entries()) {
          references.push({ kind: 'resource', target, file: factsFile!.file, line: factsFile!.lineOf(['related', index]) });
        }
      }
    }
  }
}

/** Organizations, one folder each under organizations/. */
export function readOrganizations(dir: string, content: Content, problems: Problem[], references: PendingReference[]): void {
  for (const id of listDir(path.join(dir, ORGANIZATIONS_FOLDER))) {
    const folderRel = rel(ORGANIZATIONS_FOLDER, id);
    const folderPath = path.join(dir, ORGANIZATIONS_FOLDER, id);
    if (!statSync(folderPath).isDirectory() || !checkSlug(id, folderRel, problems)) continue;
    content.folders.organizations.add(id);
    const { file: factsFile, data: facts } = readFacts(folderPath, folderRel, FACTS_FILE.organization, organizationFactsSchema, problems);
    const texts = readTexts<OrganizationText>(folderPath, folderRel, FACTS_FILE.organization, organizationTextSchema, problems, references);
    if (facts) {
      content.organizations.set(id, { ...joinItem({ ...facts, id }, texts), folder: folderRel, lineOf: factsFile!.lineOf });
      if (facts.parent) references.push({ kind: 'organization', target: facts.parent, file: factsFile!.file, line: factsFile!.lineOf(['parent']) });
    }
  }
}
