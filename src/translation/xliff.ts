/**
 * XLIFF 2.0 files for CAT tools: one <file> per text, one <unit> per block.
 * Inline Markdown travels as <pc>/<ph> tags whose Markdown is kept in
 * <originalData>, so a translator moves tags but cannot change a link.
 * fast-xml-parser keeps mixed content and whitespace exactly (the `xliff`
 * package drops a space standing alone between two tags).
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Inline, Tag } from './blocks.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffUnit {
  id: string;
  source: Inline[];
  /** As read from a file: tags carry only their id (and data references) until checked against the source. */
  target?: Inline[];
  notes: string[];
}

export interface XliffFile {
  /** Path of the English text, relative to the content folder. */
  original: string;
  /** Revision of the English text the file was made from. */
  revision: string;
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  files: XliffFile[];
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
} as const;

const text = (value: string): Node => ({ '#text': value });
const element = (name: string, attributes: Record<string, string>, children: Node[] = []): Node => ({
  [name]: children,
  ...(Object.keys(attributes).length > 0 && { ':@': attributes }),
});

const TYPES: Record<Tag['kind'], string> = { link: 'link', format: 'fmt', code: 'other', image: 'image', break: 'fmt', other: 'other' };

function inlineNodes(inline: readonly Inline[]): Node[] {
  return inline.map((part) => {
    if (typeof part === 'string') return text(part);
    if (part.end === undefined) return element('ph', { id: part.id, dataRef: `d${part.id}`, type: TYPES[part.kind], disp: part.start });
    return element(
      'pc',
      { id: part.id, dataRefStart: `d${part.id}s`, dataRefEnd: `d${part.id}e`, type: TYPES[part.kind], dispStart: part.start, dispEnd: part.end },
      inlineNodes(part.children ?? []),
    );
  });
}

function originalData(inline: readonly Inline[]): Node[] {
  return inline.flatMap((part): Node[] => {
    if (typeof part === 'string') return [];
    if (part.end === undefined) return [element('data', { id: `d${part.id}` }, [text(part.start)])];
    return [
      element('data', { id: `d${part.id}s` }, [text(part.start)]),
      element('data', { id: `d${part.id}e` }, [text(part.end)]),
      ...originalData(part.children ?? []),
    ];
  });
}

function unitNode(unit: XliffUnit): Node {
  const data = originalData(unit.source);
  return element('unit', { id: unit.id }, [
    ...(unit.notes.length > 0
      ? [
          element(
            'notes',
            {},
            unit.notes.map((note) => element('note', {}, [text(note)])),
          ),
        ]
      : []),
    ...(data.length > 0 ? [element('originalData', {}, data)] : []),
    element('segment', {}, [element('source', {}, inlineNodes(unit.source)), ...(unit.target ? [element('target', {}, inlineNodes(unit.target))] : [])]),
  ]);
}

export function writeXliff(doc: XliffDocument): string {
  const tree: Node[] = [
    element('?xml', { version: '1.0', encoding: 'UTF-8' }, [text('')]),
    element(
      'xliff',
      { xmlns: XLIFF_NS, version: '2.0', srcLang: doc.srcLang, trgLang: doc.trgLang },
      doc.files.map((file) =>
        element('file', { id: file.original.replace(/\.mdx$/, '').replace(/\//g, '.'), original: file.original }, [
          element('notes', {}, [element('note', { category: 'revision' }, [text(file.revision)])]),
          ...file.units.map(unitNode),
        ]),
      ),
    ),
  ];
  const xml = new XMLBuilder({ ...OPTIONS, format: false, suppressEmptyNode: true }).build(tree) as string;
  // One line per unit, so the file can be read and compared; whitespace inside segments is untouched.
  return `${xml.replace(/(<\?xml[^>]*\?>|<xliff [^>]*>|<file [^>]*>|<\/unit>|<\/file>|<\/notes>)(?=<)/g, '$1\n')}\n`;
}

const childrenOf = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];
const nameOf = (node: Node): string | undefined => Object.keys(node).find((key) => key !== ':@');
const find = (nodes: readonly Node[], name: string): Node[] => nodes.filter((node) => nameOf(node) === name);

/** Inline content as read: tags keep their id and data references only, to be matched with the source's. */
function readInline(nodes: readonly Node[], problems: string[], where: string): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '#text') out.push(String(node['#text']));
    else if (name === 'ph') out.push({ id: node[':@']?.['id'] ?? '', kind: 'other', start: node[':@']?.['dataRef'] ?? '' });
    else if (name === 'pc')
      out.push({
        id: node[':@']?.['id'] ?? '',
        kind: 'other',
        start: node[':@']?.['dataRefStart'] ?? '',
        end: node[':@']?.['dataRefEnd'] ?? '',
        children: readInline(childrenOf(node, 'pc'), problems, where),
      });
    // Annotations that CAT tools add (terms, comments) wrap text: keep the text.
    else if (name === 'mrk') out.push(...readInline(childrenOf(node, 'mrk'), problems, where));
    else if (name === 'sc' || name === 'ec')
      problems.push(`${where}: split tags (<${name}>) cannot be imported: keep each tag pair whole, around one run of words`);
    else if (name !== undefined) problems.push(`${where}: <${name}> is not expected inside a segment`);
  }
  return out;
}

/** Reads an XLIFF 2.0 document; every problem that makes it unusable, at once. */
export function readXliff(xml: string): { doc?: XliffDocument; problems: string[] } {
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    const { line, col, message } = error as Error & { line?: number; col?: number };
    return { problems: [`is not well-formed XML: line ${line ?? '?'}, column ${col ?? '?'}: ${message}`] };
  }
  const tree = new XMLParser(OPTIONS).parse(xml) as Node[];
  const root = find(tree, 'xliff')[0];
  const attributes = root?.[':@'] ?? {};
  if (!root || attributes['version'] !== '2.0') return { problems: ['is not an XLIFF 2.0 file (expected <xliff version="2.0">)'] };
  const problems: string[] = [];
  const files = find(childrenOf(root, 'xliff'), 'file').map((file): XliffFile => {
    const original = file[':@']?.['original'] ?? '';
    const children = childrenOf(file, 'file');
    const notes = find(children, 'notes').flatMap((notes) => find(childrenOf(notes, 'notes'), 'note'));
    const revision = notes.find((note) => note[':@']?.['category'] === 'revision');
    const units = [...find(children, 'unit'), ...find(children, 'group').flatMap((group) => find(childrenOf(group, 'group'), 'unit'))].map(
      (unit): XliffUnit => {
        const id = unit[':@']?.['id'] ?? '';
        const where = `${original}, unit ${id}`;
        const segments = find(childrenOf(unit, 'unit'), 'segment');
        if (segments.length !== 1) problems.push(`${where}: has ${segments.length} segments; join them into one (a unit is one block of text)`);
        const segment = childrenOf(segments[0] ?? {}, 'segment');
        const source = find(segment, 'source')[0];
        const target = find(segment, 'target')[0];
        return {
          id,
          source: source ? readInline(childrenOf(source, 'source'), problems, where) : [],
          ...(target && { target: readInline(childrenOf(target, 'target'), problems, where) }),
          notes: [],
        };
      },
    );
    return { original, revision: revision ? String(childrenOf(revision, 'note')[0]?.['#text'] ?? '') : '', units };
  });
  return { doc: { srcLang: attributes['srcLang'] ?? '', trgLang: attributes['trgLang'] ?? '', files }, problems };
}
