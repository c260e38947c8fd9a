/**
 * A Markdown (Sätteri) plugin: links to other sites get rel="noopener", as
 * everywhere else in the hub. Hub links are resolved before rendering (see
 * text-loader.ts).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

export const externalLinks: NonNullable<SatteriProcessorOptions['hastPlugins']>[number] = {
  name: 'hub-external-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && /^https?:\/\//.test(href)) context.setProperty(node, 'rel', 'noopener');
    },
  },
};
