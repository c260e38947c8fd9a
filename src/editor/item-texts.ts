/** The MDX text files of an item, as the editor reads and writes them: frontmatter fields, translation status and body. */
import { existsSync, readFileSync } from 'node:fs';
import { isMap, parse, parseDocument } from 'yaml';
import { splitFrontmatter, type Data, type Kind } from './virtual-files.ts';
import { clean, same } from './written-values.ts';

/** A text file as it is on disk, or undefined if it is absent or its frontmatter cannot be read. */
export function readText(file: string): { header: Data; headerText: string; body: string } | undefined {
  if (!existsSync(file)) return undefined;
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!parts) return undefined;
  try {
    const header = parse(parts.header) as unknown;
    return { header: header && typeof header === 'object' ? (header as Data) : {}, headerText: parts.header, body: parts.body };
  } catch {
    return undefined;
  }
}

/** The text fields (title or name, shortName, summary) a header has, as they are. */
export function textFieldsOf(kind: Kind, header: Data | undefined): Data {
  return Object.fromEntries(kind.textKeys.filter((key) => header?.[key] !== undefined).map((key) => [key, header![key]]));
}

/** What the status field shows for an existing translation, judged against the English revision given. */
export function statusValue(translation: unknown, englishRevision: string): string {
  const t = (translation ?? {}) as { status?: string; sourceRevision?: string; reviewedOn?: unknown };
  if (t.sourceRevision !== englishRevision) return 'stale';
  return t.status === 'reviewed' ? `reviewed:${String(t.reviewedOn ?? '')}` : 'machine-assisted';
}

/** The English header of a text from the virtual data: title (or name, shortName) and summary, trimmed. */
export function textHeader(kind: Kind, data: Data): Data {
  return Object.fromEntries(kind.textKeys.map((key) => [key, clean(data[key])]).filter(([, value]) => value !== undefined));
}

/** The text file with the new header and body: fields that did not change keep their lines and comments. */
export function writeText(existingHeader: string | undefined, header: Data, body: string): string {
  const doc = parseDocument(existingHeader ?? '');
  const old = isMap(doc.contents) ? (doc.contents.toJSON() as Data) : {};
  for (const key of Object.keys(old)) if (!(key in header)) doc.delete(key);
  for (const [key, value] of Object.entries(header)) if (!same(old[key], value)) doc.set(key, doc.createNode(value));
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${text}${text ? '\n' : ''}`;
}
