import { createHash } from 'node:crypto';

/**
 * Revision of a source text: a short hash of what translators translate
 * (title, summary, body), insensitive to line endings and trailing spaces.
 * A translation records the revision it was made from; when the English
 * changes, the revisions differ and the translation is stale.
 */
export function textRevision(text: { title: string; summary: string; body: string }): string {
  const normalize = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  const canonical = [text.title, text.summary, text.body].map(normalize).join('\n\u0000\n');
  // The leading letter keeps YAML from ever reading a revision as a number.
  return `r${createHash('sha256').update(canonical).digest('hex').slice(0, 9)}`;
}

/**
 * Revision of a text file from its frontmatter and body: the title is a
 * resource's `title` or an organization's `name`. Every place that reads a
 * text (loader, build, editor, scaffolder) computes it here.
 */
export function revisionOfText(header: { title?: unknown; name?: unknown; summary?: unknown }, body: string): string {
  return textRevision({ title: String(header.title ?? header.name ?? ''), summary: String(header.summary ?? ''), body });
}
