/**
 * A content body as a Markdown syntax tree (mdast), from the parser Astro's
 * MDX pipeline uses, and as plain Markdown with hub links made absolute.
 */
import { mdxToMdast } from 'satteri';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  ordered?: boolean | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function parseBody(body: string): MdNode {
  return mdxToMdast(body) as unknown as MdNode;
}

/** The body as Markdown, with every link passed through `link` (so hub references become web addresses). */
export function markdownWithLinks(body: string, tree: MdNode, link: (url: string) => string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'link' && node.url !== undefined && node.position) {
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      const source = body.slice(start, end);
      const at = source.lastIndexOf(`(${node.url}`);
      if (at >= 0) edits.push({ start: start + at + 1, end: start + at + 1 + node.url.length, text: link(node.url) });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
