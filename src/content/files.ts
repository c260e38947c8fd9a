/**
 * Reading content files with positions, so problems can name a line.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface ParsedFile {
  /** Path relative to the content folder. */
  file: string;
  data: unknown;
  /** Line of a field path in the file (falls back to the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ParsedMdx extends ParsedFile {
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

function locate(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

function parseYaml(text: string, file: string, lineOffset: number): { parsed?: Omit<ParsedFile, 'file'>; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: counter.linePos(error.pos[0]).line + lineOffset,
        message: `is not valid YAML: ${error.message.split('\n')[0]}. Tip: write a value in double quotes when it contains ": " or " #", or starts with one of [ ] { } & * ! | > ' " % @ \``,
      })),
    };
  }
  return { parsed: { data: doc.toJS(), lineOf: locate(doc, counter, lineOffset) }, problems: [] };
}

export function readYaml(absolute: string, file: string): { parsed?: ParsedFile; problems: Problem[] } {
  const { parsed, problems } = parseYaml(readFileSync(absolute, 'utf8'), file, 0);
  return { parsed: parsed && { file, ...parsed }, problems };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX file: YAML frontmatter between --- lines, then the body. */
export function readMdx(absolute: string, file: string): { parsed?: ParsedMdx; problems: Problem[] } {
  const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      problems: [{ file, line: 1, message: 'must start with a frontmatter block: a line "---", the fields (title, summary ...), then another "---"' }],
    };
  }
  const { parsed, problems } = parseYaml(match[1]!, file, 1);
  if (!parsed) return { problems };
  const bodyLine = match[0].split('\n').length;
  return { parsed: { file, ...parsed, body: text.slice(match[0].length), bodyLine }, problems };
}
