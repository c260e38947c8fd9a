/**
 * The texts of one item folder, one MDX file per language: frontmatter
 * checked against its schema, the body parsed for MDX errors and hub links,
 * and the translation status each language must (or must not) carry.
 */
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { readMdx, type ParsedMdx } from './files.ts';
import { ASSET, listDir, rel, TEXT_FILES } from './folder-layout.ts';
import type { LoadedText } from './loaded-content.ts';
import { looksLikeReference, parseReference, REFERENCE_KINDS } from './links.ts';
import { nearMiss, type Problem } from './problems.ts';
import type { PendingReference } from './reference-checks.ts';
import { revisionOfText } from './revision.ts';
import type { organizationTextSchema, OrganizationText, Text, textSchema } from './schemas.ts';
import { check } from './zod-problems.ts';

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

/** Every language text in an item folder; the hub links found in them are added to `references`. */
export function readTexts<T extends Text | OrganizationText>(
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
      revision: revisionOfText(data, parsed.body),
    };
  }
  if (!texts[SOURCE_LOCALE]) {
    problems.push({ file: rel(folderRel, `${SOURCE_LOCALE}.mdx`), message: 'is missing: every item needs its English text, the source of all translations' });
  }
  return texts;
}
