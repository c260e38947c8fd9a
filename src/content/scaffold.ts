/**
 * New content files, with every required field and a short comment on each,
 * valid as they are (so a preview works at once) and plain to fill in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { FACTS_FILE, ORGANIZATIONS_FOLDER } from './load.ts';
import { nearMiss } from './problems.ts';
import { revisionOfText } from './revision.ts';
import { SLUG_PATTERN, slugFrom } from './schemas.ts';
import { ACCESS, CATEGORIES, COSTS, LICENCES, ORGANIZATION_KINDS, PRACTICE_KINDS, RESOURCE_TYPES, SECTORS, SUPPORT_KINDS, TOPICS, TYPE_FOLDERS, type ResourceType } from './vocabulary.ts';

export const KINDS = [...RESOURCE_TYPES, 'organization'] as const;
export type Kind = (typeof KINDS)[number];

export class ScaffoldError extends Error {}

const list = (values: readonly string[]) => values.join(', ');

function resourceFacts(kind: ResourceType, date: string): string {
  const practice = kind === 'best-practice' ? `kind: deployment             # ${list(PRACTICE_KINDS)}\n` : '';
  return `# Facts about this resource, written once for all languages. See docs/authoring.md.
${practice}categories: [ldc]            # who it is for (one or more): ${list(CATEGORIES)}
sectors: [urban-rural]       # ${list(SECTORS)}
topics: []                   # optional: ${list(TOPICS)}
countries: []                # optional: ISO alpha-3 codes of countries it is about, e.g. [NPL, TON]
organizations: []            # optional: folder names under organizations/, e.g. [itu-d]
related: []                  # optional: slugs of other resources
answers: []                  # optional: paragraphs of Resolution 197 it answers (ids in resolution.yaml), e.g. [instructs-bdt-1]
published: ${date}           # date first published on the hub (YYYY-MM-DD)
checked: ${date}             # date the facts were last checked against the sources
licence: CC-BY-4.0           # ${list(LICENCES)}
sources:                     # at least one real document; never invent a title or an address
  - title: Title of the document, exactly as published
    publisher: Organization that published it
    year: ${date.slice(0, 4)}               # year of publication (or else noYear: why there is none)
    # give at least one of url, doi, identifier, or else noAddress:
    # url: https://...       # only an address you have opened yourself
    # doi: 10.2166/ws.2020.128
    # identifier: ITU-T Y.4903   # document symbol, standard number or ISBN
    # noAddress: why there is none, e.g. print edition only
    # access: sold           # ${list(ACCESS)}
`;
}

function organizationFacts(date: string): string {
  return `# Facts about this organization, written once for all languages. See docs/authoring.md.
kind: un-system              # ${list(ORGANIZATION_KINDS)}
website: https://www.example.org/   # its home page (replace)
# startHere: https://...     # optional: the first page a newcomer should open
# parent: itu                # optional: folder name of the organization it is part of
support: [policy-advice]     # ${list(SUPPORT_KINDS)}
cost: free                   # ${list(COSTS)}
categories: []               # optional: country categories it has programmes for: ${list(CATEGORIES)}
checked: ${date}             # date the entry was last checked
`;
}

function englishText(kind: Kind): string {
  const header =
    kind === 'organization'
      ? 'name: Full name of the organization\nshortName: ACRONYM\nsummary: One or two sentences on what support it offers, and to whom.'
      : 'title: A short, plain title\nsummary: One or two sentences shown in lists and search results.';
  const body =
    kind === 'organization'
      ? '## What it offers\n\n## Who it is for\n\n## What it costs\n\n## Where to start\n'
      : kind === 'best-practice'
        ? '## What was done\n\n## Technology and standards\n\n## Cost and financing\n\n## Results\n\n## Lessons for similar countries\n\n## How to reuse it\n\n## How solid the evidence is\n'
        : kind === 'guideline'
          ? '## The problem\n\n## Options\n\n## What to do\n\n## Standards and references\n\n## Checklist\n'
          : '## How to use this template\n\n## 1. First section\n\n**Guidance.** What to write here, and why.\n\n**Questions to answer**\n\n- A question\n';
  return `---\n${header}\n---\n\n${body}`;
}

export function folderOf(contentDir: string, kind: Kind, slug: string): string {
  return path.join(contentDir, kind === 'organization' ? ORGANIZATIONS_FOLDER : TYPE_FOLDERS[kind as ResourceType], slug);
}

/** Every folder that already uses the slug, in any type (slugs are addresses, so unique across types). */
function taken(contentDir: string, kind: Kind, slug: string): string | undefined {
  const kinds: readonly Kind[] = kind === 'organization' ? ['organization'] : RESOURCE_TYPES;
  return kinds.map((other) => folderOf(contentDir, other, slug)).find((folder) => existsSync(folder));
}

export function checkSlug(contentDir: string, kind: Kind, slug: string): void {
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = slugFrom(slug);
    throw new ScaffoldError(
      `"${slug}" cannot be a slug: use lower-case English letters (a-z), digits and single hyphens, no accents or spaces.${suggestion ? ` For example: ${suggestion}` : ''}`,
    );
  }
  const existing = taken(contentDir, kind, slug);
  if (existing) throw new ScaffoldError(`"${slug}" is already used by ${path.relative(contentDir, existing)}; choose another slug.`);
}

export function checkKind(value: string): Kind {
  if ((KINDS as readonly string[]).includes(value)) return value as Kind;
  const hint = nearMiss(value, KINDS);
  throw new ScaffoldError(`"${value}" is not a kind of item. Allowed: ${KINDS.join(', ')}.${hint ? ` Did you mean "${hint}"?` : ''}`);
}

/** Create the folder of a new item with its facts file and English text; returns the files written. */
export function scaffoldItem(contentDir: string, kind: Kind, slug: string, date: string): string[] {
  checkSlug(contentDir, kind, slug);
  const folder = folderOf(contentDir, kind, slug);
  mkdirSync(folder, { recursive: true });
  const facts = path.join(folder, kind === 'organization' ? FACTS_FILE.organization : FACTS_FILE.resource);
  const english = path.join(folder, `${SOURCE_LOCALE}.mdx`);
  writeFileSync(facts, kind === 'organization' ? organizationFacts(date) : resourceFacts(kind, date));
  writeFileSync(english, englishText(kind));
  return [facts, english];
}

/** Start a translation: a copy of the English text with the translation block filled in. */
export function scaffoldTranslation(folder: string, locale: Locale): string {
  if (locale === SOURCE_LOCALE) throw new ScaffoldError('English is the source language; choose one of: ' + LOCALES.filter((l) => l !== SOURCE_LOCALE).join(', '));
  const target = path.join(folder, `${locale}.mdx`);
  if (existsSync(target)) throw new ScaffoldError(`${target} already exists.`);
  const source = readFileSync(path.join(folder, `${SOURCE_LOCALE}.mdx`), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new ScaffoldError(`${folder}/en.mdx has no frontmatter block.`);
  const header = parseDocument(match[1]!);
  const data = header.toJS() as { title?: string; name?: string; summary: string };
  const revision = revisionOfText(data, match[2]!);
  header.set('translation', { status: 'machine-assisted', sourceRevision: revision });
  writeFileSync(
    target,
    `---\n${header.toString().trimEnd()}\n---\n\n${match[2]!.trimStart()}`,
  );
  return target;
}
