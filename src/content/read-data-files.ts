/**
 * The data files at the top of the content folder (site.yaml, countries.yaml,
 * resolution.yaml, and termbase.yaml where there is one): read, checked
 * against their schemas and put into the content.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expectedParagraphId } from './paragraphs.ts';
import { checkMembershipDate, checkMemberships } from './country-checks.ts';
import { readYaml, type ParsedFile } from './files.ts';
import { TERMBASE_FILE } from './folder-layout.ts';
import type { Content } from './loaded-content.ts';
import { fieldPath, type Problem } from './problems.ts';
import { countriesFileSchema, resolutionSchema, siteSchema, type Resolution } from './schemas.ts';
import { checkTerms } from './term-checks.ts';
import { rejections, termbaseSchema } from './termbase.ts';
import { check } from './zod-problems.ts';

function readDataFile(dir: string, name: string, problems: Problem[]): ParsedFile | undefined {
  if (!existsSync(path.join(dir, name))) {
    problems.push({ file: name, message: 'is missing from the content folder' });
    return undefined;
  }
  const { parsed, problems: readProblems } = readYaml(path.join(dir, name), name);
  problems.push(...readProblems);
  return parsed;
}

/** site.yaml, countries.yaml and resolution.yaml into the content; `today` decides which memberships time has overtaken. */
export function readDataFiles(dir: string, content: Content, problems: Problem[], today: string): void {
  const site = readDataFile(dir, 'site.yaml', problems);
  if (site) {
    const { data, problems: found } = check(siteSchema, site);
    problems.push(...found, ...(data ? checkMembershipDate(data.membershipAsOf, site, today) : []));
    content.site = data;
  }
  const countriesFile = readDataFile(dir, 'countries.yaml', problems);
  if (countriesFile) {
    const { data, problems: found } = check(countriesFileSchema, countriesFile);
    problems.push(...found, ...checkMemberships(data ?? [], countriesFile, today));
    for (const [index, country] of (data ?? []).entries()) {
      if (content.countries.has(country.iso3)) {
        problems.push({ file: 'countries.yaml', line: countriesFile.lineOf([index, 'iso3']), field: `[${index}].iso3`, value: country.iso3, message: 'appears twice; each country must be listed once' });
      }
      content.countries.set(country.iso3, country);
    }
  }
  const resolutionFile = readDataFile(dir, 'resolution.yaml', problems);
  if (resolutionFile) {
    const { data, problems: found } = check(resolutionSchema, resolutionFile);
    problems.push(...found, ...(data ? checkParagraphIds(data, resolutionFile) : []));
    content.resolution = data;
  }
}

/** The terminology of the texts against termbase.yaml, when the content folder has one. */
export function checkTermbase(dir: string, content: Content, problems: Problem[]): void {
  if (!existsSync(path.join(dir, TERMBASE_FILE))) return;
  const termbaseFile = readDataFile(dir, TERMBASE_FILE, problems);
  const termbase = termbaseFile && check(termbaseSchema, termbaseFile);
  if (termbase) problems.push(...termbase.problems);
  if (termbase?.data) problems.push(...checkTerms(content, rejections(termbase.data)));
}

/** Paragraph ids are anchors and `answers` values: each must be unique and follow its section and number. */
function checkParagraphIds(resolution: Resolution, file: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [s, section] of resolution.sections.entries()) {
    for (const [p, paragraph] of section.paragraphs.entries()) {
      const expected = expectedParagraphId(section, paragraph);
      const at = ['sections', s, 'paragraphs', p, 'id'];
      if (paragraph.id !== expected) {
        problems.push({ file: file.file, line: file.lineOf(at), field: fieldPath(at), value: paragraph.id, message: 'must be the section id followed by the paragraph number', suggestion: expected });
      }
      if (seen.has(paragraph.id)) problems.push({ file: file.file, line: file.lineOf(at), field: fieldPath(at), value: paragraph.id, message: 'is used by two paragraphs' });
      seen.add(paragraph.id);
    }
  }
  return problems;
}
