/**
 * Reads the whole content folder, validates every file against the schemas
 * and checks every cross-reference, collecting all problems instead of
 * stopping at the first. The build, `npm run check`, `npm run translations`
 * and the scaffolder all start here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { LOCALES, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { readMdx, readYaml, type ParsedFile, type ParsedMdx } from './files.ts';
import { allowedTargets, looksLikeReference, parseReference, REFERENCE_KINDS, type KnownTargets, type Reference } from './links.ts';
import { fieldPath, nearMiss, type Problem } from './problems.ts';
import { expectedParagraphId, paragraphsOf } from '../lib/resolution.ts';
import { textRevision } from './revision.ts';
import {
  countriesFileSchema,
  organizationFactsSchema,
  organizationTextSchema,
  resolutionSchema,
  resourceFactsSchema,
  siteSchema,
  SLUG_PATTERN,
  textSchema,
  type Country,
  type OrganizationFacts,
  type OrganizationText,
  type ResourceFacts,
  type Resolution,
  type SiteFacts,
  type Text,
} from './schemas.ts';
import { checkMembershipDate, checkMemberships } from './country-checks.ts';
import { checkTerms } from './term-checks.ts';
import { rejections, termbaseSchema } from './termbase.ts';
import { check } from './zod-problems.ts';
import { PRACTICE_KINDS, RESOURCE_TYPES, TYPE_FOLDERS, typeFromFolder, type ResourceType } from './vocabulary.ts';

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

export const DATA_FILES = ['site.yaml', 'countries.yaml', 'resolution.yaml'] as const;
/** Optional: without it no terminology is checked (small test fixtures). */
export const TERMBASE_FILE = 'termbase.yaml';
export const ORGANIZATIONS_FOLDER = 'organizations';
export const FACTS_FILE = { resource: 'resource.yaml', organization: 'organization.yaml' } as const;
const TOP_LEVEL = [...DATA_FILES, TERMBASE_FILE, ...RESOURCE_TYPES.map((type) => TYPE_FOLDERS[type]), ORGANIZATIONS_FOLDER, 'README.md'];
const ASSET = /\.(png|jpe?g|webp|svg)$/i;
const TEXT_FILES = LOCALES.map((locale) => `${locale}.mdx`);

interface PendingReference extends Reference {
  file: string;
  line?: number;
}

const visible = (name: string) => !name.startsWith('.');
const rel = (...parts: string[]) => parts.join('/');

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(visible).sort() : [];
}

/** Hub references and MDX syntax errors in one body. */
function scanBody(parsed: ParsedMdx, references: PendingReference[], problems: Problem[]): void {
  let tree: unknown;
  try {
    tree = mdxToMdast(parsed.body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    problems.push({
      file: parsed.file,
      line: at ? Number(at[1]) + parsed.bodyLine - 1 : parsed.bodyLine,
      message: `the text is not valid MDX: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')}. A "<" or "{" in ordinary text must be written \\< or \\{.`,
    });
    return;
  }
  const walk = (node: { type?: string; url?: string; position?: { start: { line: number } }; children?: unknown[] }) => {
    if (node.type === 'link' && node.url) {
      const line = node.position ? node.position.start.line + parsed.bodyLine - 1 : undefined;
      const reference = parseReference(node.url);
      if (reference) references.push({ ...reference, file: parsed.file, line });
      else if (looksLikeReference(node.url)) {
        const kind = node.url.split(':')[0]!;
        problems.push({
          file: parsed.file,
          line,
          field: 'link',
          value: node.url,
          message: 'is not a known kind of hub link',
          allowed: REFERENCE_KINDS.map((k) => `${k}:…`),
          suggestion: nearMiss(kind, REFERENCE_KINDS),
        });
      }
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as Parameters<typeof walk>[0]);
}

function loadTexts<T extends Text | OrganizationText>(
  folderPath: string,
  folderRel: string,
  factsFile: string,
  schema: typeof textSchema | typeof organizationTextSchema,
  problems: Problem[],
  references: PendingReference[],
): Partial<Record<Locale, LoadedText<T>>> {
  const texts: Partial<Record<Locale, LoadedText<T>>> = {};
  for (const name of listDir(folderPath)) {
    const file = rel(folderRel, name);
    if (name === factsFile || ASSET.test(name)) continue;
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !isLocale(locale)) {
      problems.push({
        file,
        message: 'is not a file this folder may hold',
        allowed: [factsFile, ...TEXT_FILES, 'images (.png, .jpg, .webp, .svg)'],
        suggestion: nearMiss(name, [factsFile, ...TEXT_FILES]),
      });
      continue;
    }
    const { parsed, problems: readProblems } = readMdx(path.join(folderPath, name), file);
    problems.push(...readProblems);
    if (!parsed) continue;
    const { data, problems: schemaProblems } = check(schema, parsed);
    problems.push(...schemaProblems);
    scanBody(parsed, references, problems);
    if (!data) continue;
    if (locale === SOURCE_LOCALE && data.translation) {
      problems.push({ file, line: parsed.lineOf(['translation']), field: 'translation', message: 'must not be set on the English text, which is the original' });
    }
    if (locale !== SOURCE_LOCALE && !data.translation) {
      problems.push({
        file,
        line: 1,
        field: 'translation',
        message: 'is required in a translation: give its status (machine-assisted or reviewed) and the sourceRevision of the English text it was made from',
      });
    }
    texts[locale] = {
      file,
      data: data as T,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
      lineOf: parsed.lineOf,
      revision: textRevision({ title: 'name' in data ? data.name : data.title, summary: data.summary, body: parsed.body }),
    };
  }
  if (!texts[SOURCE_LOCALE]) {
    problems.push({ file: rel(folderRel, `${SOURCE_LOCALE}.mdx`), message: 'is missing: every item needs its English text, the source of all translations' });
  }
  return texts;
}

function checkSlug(name: string, file: string, problems: Problem[]): boolean {
  if (SLUG_PATTERN.test(name)) return true;
  problems.push({
    file,
    value: name,
    message: 'folder name is not a valid slug: use lower-case ASCII letters, digits and single hyphens (it becomes the address of the page)',
    suggestion: name
      .normalize('NFKD')
      .replace(/[^\p{ASCII}]/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || undefined,
  });
  return false;
}

function readFacts(folderPath: string, folderRel: string, factsFile: string, problems: Problem[]): ParsedFile | undefined {
  const absolute = path.join(folderPath, factsFile);
  if (!existsSync(absolute)) {
    problems.push({ file: rel(folderRel, factsFile), message: 'is missing: every item folder needs its facts file' });
    return undefined;
  }
  const { parsed, problems: readProblems } = readYaml(absolute, rel(folderRel, factsFile));
  problems.push(...readProblems);
  return parsed;
}

function readDataFile(dir: string, name: string, problems: Problem[]): ParsedFile | undefined {
  if (!existsSync(path.join(dir, name))) {
    problems.push({ file: name, message: 'is missing from the content folder' });
    return undefined;
  }
  const { parsed, problems: readProblems } = readYaml(path.join(dir, name), name);
  problems.push(...readProblems);
  return parsed;
}

/** `today` only decides warnings about status that time has overtaken; it never changes the content. */
export function loadContent(dir: string, today = new Date().toISOString().slice(0, 10)): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const references: PendingReference[] = [];
  const content: Content = { dir, folders: { resources: new Set(), organizations: new Set() }, resources: new Map(), organizations: new Map(), countries: new Map() };

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { content, problems: [{ file: dir, message: 'content folder not found' }] };
  }
  for (const name of listDir(dir)) {
    if (!TOP_LEVEL.includes(name)) {
      problems.push({ file: name, message: 'is not expected at the top of the content folder', allowed: TOP_LEVEL, suggestion: nearMiss(name, TOP_LEVEL) });
    }
  }

  // Data files.
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

  // Resources, one folder per resource under its type's folder.
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
      const factsFile = readFacts(folderPath, folderRel, FACTS_FILE.resource, problems);
      const facts = factsFile && check(resourceFactsSchema, factsFile);
      if (facts) problems.push(...facts.problems);
      const texts = loadTexts<Text>(folderPath, folderRel, FACTS_FILE.resource, textSchema, problems, references);
      if (facts?.data) {
        content.resources.set(slug, { slug, lineOf: factsFile!.lineOf, type: typeFromFolder(typeFolder)!, folder: folderRel, facts: facts.data, texts });
        for (const [index, target] of facts.data.related.entries()) {
          references.push({ kind: 'resource', target, file: factsFile!.file, line: factsFile!.lineOf(['related', index]) });
        }
      }
    }
  }

  // Organizations.
  for (const id of listDir(path.join(dir, ORGANIZATIONS_FOLDER))) {
    const folderRel = rel(ORGANIZATIONS_FOLDER, id);
    const folderPath = path.join(dir, ORGANIZATIONS_FOLDER, id);
    if (!statSync(folderPath).isDirectory() || !checkSlug(id, folderRel, problems)) continue;
    content.folders.organizations.add(id);
    const factsFile = readFacts(folderPath, folderRel, FACTS_FILE.organization, problems);
    const facts = factsFile && check(organizationFactsSchema, factsFile);
    if (facts) problems.push(...facts.problems);
    const texts = loadTexts<OrganizationText>(folderPath, folderRel, FACTS_FILE.organization, organizationTextSchema, problems, references);
    if (facts?.data) {
      content.organizations.set(id, { id, folder: folderRel, facts: facts.data, texts });
      if (facts.data.parent) references.push({ kind: 'organization', target: facts.data.parent, file: factsFile!.file, line: factsFile!.lineOf(['parent']) });
    }
  }

  problems.push(...checkCrossReferences(content, references));
  if (existsSync(path.join(dir, TERMBASE_FILE))) {
    const termbaseFile = readDataFile(dir, TERMBASE_FILE, problems);
    const termbase = termbaseFile && check(termbaseSchema, termbaseFile);
    if (termbase) problems.push(...termbase.problems);
    if (termbase?.data) problems.push(...checkTerms(content, rejections(termbase.data)));
  }
  return { content, problems };
}

/**
 * A reader must be able to find every source: it needs a year (or a note on
 * why it has none), and an address, DOI, document symbol or ISBN (or a note
 * on why it has none).
 * Reported as warnings, so older content still builds while it is completed.
 */
function checkSources(resource: LoadedResource, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [index, source] of resource.facts.sources.entries()) {
    const where = { file, line: resource.lineOf(['sources', index]), severity: 'warning' as const };
    if (source.year === undefined && !source.noYear) {
      problems.push({
        ...where,
        field: `sources[${index}].year`,
        value: source.title,
        message: 'is missing: give the year the source was published (for a web page, the date it shows), or say in noYear why there is none',
      });
    }
    if (!source.url && !source.doi && !source.identifier && !source.noAddress) {
      problems.push({
        ...where,
        field: `sources[${index}]`,
        value: source.title,
        message: 'cannot be found by a reader: give its address, DOI or document symbol/ISBN, or say why there is none',
        allowed: ['url', 'doi', 'identifier', 'noAddress'],
      });
    }
  }
  return problems;
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

function checkCrossReferences(content: Content, references: PendingReference[]): Problem[] {
  const problems: Problem[] = [];
  const known: KnownTargets = {
    resources: content.folders.resources,
    countries: new Set(content.countries.keys()),
    organizations: content.folders.organizations,
  };
  const paragraphIds = content.resolution ? paragraphsOf(content.resolution).map((paragraph) => paragraph.id) : [];
  const factsFileOf = (resource: LoadedResource) => rel(resource.folder, FACTS_FILE.resource);

  for (const resource of content.resources.values()) {
    const file = factsFileOf(resource);
    const lists = [
      ['countries', resource.facts.countries, [...known.countries]],
      ['organizations', resource.facts.organizations, [...known.organizations]],
      ['answers', resource.facts.answers, paragraphIds],
    ] as const;
    for (const [field, values, allowed] of lists) {
      for (const [index, value] of values.entries()) {
        if (allowed.includes(value)) continue;
        problems.push({
          file,
          line: resource.lineOf([field, index]),
          field: `${field}[${index}]`,
          value,
          message: field === 'countries' ? 'is not a country in countries.yaml' : field === 'organizations' ? 'is not an organization folder under organizations/' : 'is not the id of a paragraph of Resolution 197 in resolution.yaml',
          allowed: allowed.length > 40 ? undefined : allowed,
          suggestion: nearMiss(value, allowed),
        });
      }
    }
    problems.push(...checkSources(resource, file));
    const isPractice = resource.type === 'best-practice';
    if (isPractice !== (resource.facts.kind !== undefined)) {
      problems.push({
        file,
        line: resource.lineOf(['kind']),
        field: 'kind',
        value: resource.facts.kind,
        message: isPractice ? 'is required for a best practice' : 'may only be given for a best practice',
        allowed: isPractice ? PRACTICE_KINDS : undefined,
      });
    }
    const itself = resource.facts.related.indexOf(resource.slug);
    if (itself >= 0) problems.push({ file, line: resource.lineOf(['related', itself]), field: `related[${itself}]`, value: resource.slug, message: 'lists the resource itself' });
  }

  for (const reference of references) {
    const allowed = allowedTargets(reference.kind, known);
    const target = reference.kind === 'country' ? reference.target.toUpperCase() : reference.target;
    if (allowed.includes(target)) continue;
    problems.push({
      file: reference.file,
      line: reference.line,
      field: reference.file.endsWith('.mdx') ? 'link' : 'related',
      value: reference.file.endsWith('.mdx') ? `${reference.kind}:${reference.target}` : reference.target,
      message: `points to a ${reference.kind} that does not exist`,
      allowed: allowed.length > 40 ? undefined : allowed,
      suggestion: nearMiss(target, allowed),
    });
  }
  return problems;
}
