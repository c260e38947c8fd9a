/**
 * A text body as translators see it: its blocks (headings, paragraphs, list
 * items, table cells), each a run of text and tags for the inline Markdown
 * (links, bold, code …), and the way back into Markdown. Only the text between
 * blocks' first and last inline node is ever replaced, so the structure of the
 * English (lists, tables, headings, blank lines) carries over unchanged.
 */
import { mdxToMdast } from 'satteri';

export type Inline = string | Tag;

export interface Tag {
  /** "1", "2" …: unique within its block. */
  id: string;
  kind: 'link' | 'format' | 'code' | 'image' | 'break' | 'other';
  /** Markdown that opens the span, or all the Markdown of a standalone tag. */
  start: string;
  /** Markdown that closes the span; absent for a standalone tag. */
  end?: string;
  children?: Inline[];
  /** Target of a link, for translators' notes. */
  url?: string;
}

export interface Block {
  /** "b1", "b2" … in reading order. */
  id: string;
  kind: 'heading' | 'paragraph' | 'cell';
  /** Offsets in the body of the block's inline content. */
  from: number;
  to: number;
  inline: Inline[];
}

/** A body with markup that no CAT tool can be given safely (components, expressions). */
export class UnsupportedMarkup extends Error {}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  position: { start: { offset: number }; end: { offset: number } };
  children?: MdNode[];
}

const SPANS: Record<string, Tag['kind']> = { strong: 'format', emphasis: 'format', delete: 'format', link: 'link', linkReference: 'link' };
const STANDALONE: Record<string, Tag['kind']> = {
  inlineCode: 'code',
  image: 'image',
  imageReference: 'image',
  break: 'break',
  html: 'other',
  footnoteReference: 'other',
};
const BLOCKS: Record<string, Block['kind']> = { heading: 'heading', paragraph: 'paragraph', tableCell: 'cell' };

const start = (node: MdNode) => node.position.start.offset;
const end = (node: MdNode) => node.position.end.offset;

function inlineOf(nodes: readonly MdNode[], body: string, nextId: () => string): Inline[] {
  return nodes.map((node): Inline => {
    if (node.type === 'text') return (node.value ?? '').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    const span = SPANS[node.type];
    if (span && node.children?.length) {
      const id = nextId();
      return {
        id,
        kind: span,
        start: body.slice(start(node), start(node.children[0]!)),
        end: body.slice(end(node.children.at(-1)!), end(node)),
        children: inlineOf(node.children, body, nextId),
        ...(node.url !== undefined && { url: node.url }),
      };
    }
    const standalone = span ?? STANDALONE[node.type];
    if (standalone) return { id: nextId(), kind: standalone, start: body.slice(start(node), end(node)), ...(node.url !== undefined && { url: node.url }) };
    throw new UnsupportedMarkup(`${node.type} at offset ${start(node)}`);
  });
}

/** The translatable blocks of a Markdown/MDX body, in reading order. Code blocks and HTML are not translated. */
export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: MdNode) => {
    if (node.type.startsWith('mdx')) throw new UnsupportedMarkup(`${node.type} at offset ${start(node)}`);
    const kind = BLOCKS[node.type];
    if (kind) {
      if (node.children?.length) {
        let tags = 0;
        blocks.push({
          id: `b${blocks.length + 1}`,
          kind,
          from: start(node.children[0]!),
          to: end(node.children.at(-1)!),
          inline: inlineOf(node.children, body, () => String(++tags)),
        });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as MdNode);
  return blocks;
}

/** Tags of a run of inline content, nested ones included, in order. */
export function tagsOf(inline: readonly Inline[]): Tag[] {
  return inline.flatMap((part) => (typeof part === 'string' ? [] : [part, ...tagsOf(part.children ?? [])]));
}

/** Plain text of a run, for notes and comparisons. */
export function plainText(inline: readonly Inline[]): string {
  return inline.map((part) => (typeof part === 'string' ? part : plainText(part.children ?? []))).join('');
}

function escapeText(text: string, kind: Block['kind']): string {
  let out = text.replace(/[\\`*_[\]<>{}~]/g, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  if (kind === 'cell') out = out.replace(/\|/g, '\\|');
  return out;
}

/** Markdown of a run of translated text: text escaped, each tag written back as the English Markdown it stands for. */
export function markdownOf(inline: readonly Inline[], kind: Block['kind']): string {
  const parts = inline.map((part, index) => {
    if (typeof part !== 'string') return part.end === undefined ? part.start : `${part.start}${markdownOf(part.children ?? [], kind)}${part.end}`;
    let text = escapeText(part.replace(/\s*\n\s*/g, ' '), kind);
    const next = inline[index + 1];
    // "!" just before a link would turn it into an image.
    if (typeof next === 'object' && next.start.startsWith('[')) text = text.replace(/!$/, '\\!');
    return text;
  });
  // A block must not start with what Markdown reads as structure (a heading, a list, a quote) nor end with a hard break.
  return parts
    .join('')
    .trim()
    .replace(/^(#|[-+=]|\d+(?=[.)]))/, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** The body with the inline content of the given blocks replaced; blocks not in the map keep their English. */
export function withBlocks(body: string, blocks: readonly Block[], translated: ReadonlyMap<string, string>): string {
  let out = body;
  for (const block of [...blocks].sort((a, b) => b.from - a.from)) {
    const markdown = translated.get(block.id);
    if (markdown !== undefined) out = out.slice(0, block.from) + markdown + out.slice(block.to);
  }
  return out;
}
