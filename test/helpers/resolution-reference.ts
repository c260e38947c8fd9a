/**
 * The operative paragraphs of a plain-text copy of Resolution 197 (the
 * reference the hub's copy was transcribed from), and fingerprints of their
 * wording, so the shipped text can be compared with it without keeping the
 * reference in the project.
 */
import { createHash } from 'node:crypto';

export interface ReferenceParagraph {
  heading: string;
  number?: number;
  text: string;
}

const OPERATIVE = /^(resolves|instructs|invites)\b/;

/** Headings are the italic lines (`*instructs the ...*`); paragraphs follow them, numbered or not. */
export function operativeParagraphs(markdown: string): ReferenceParagraph[] {
  const [, body = ''] = markdown.split('\n---\n');
  const out: ReferenceParagraph[] = [];
  let heading: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s*\*\*\[A\d+\]\*\*/g, '').trim();
    const italic = /^\*([^*]+)\*$/.exec(line);
    if (italic) {
      heading = OPERATIVE.test(italic[1]!) ? italic[1]!.trim() : undefined;
      continue;
    }
    if (!heading || !line) continue;
    const numbered = /^(\d+) (.*)$/.exec(line);
    out.push(numbered ? { heading, number: Number(numbered[1]), text: numbered[2]! } : { heading, text: line });
  }
  return out;
}

/** Whitespace aside, the same wording gives the same fingerprint. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}
