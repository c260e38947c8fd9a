/**
 * Whether an MDX text uses components (JSX, imports, expressions). Such a
 * text is compiled by @astrojs/mdx; every other text is rendered to HTML once
 * by the hub's text loader (src/pipeline/text-loader.ts).
 */
import { mdxToMdast } from 'satteri';

/** The part of an MDX syntax tree node the hub reads. */
export interface MdNode {
  type?: string;
  url?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

export function usesComponents(body: string): boolean {
  let found = false;
  const walk = (node: MdNode) => {
    if (found) return;
    if (node.type?.startsWith('mdxJsx') || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found = true;
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as MdNode);
  return found;
}
