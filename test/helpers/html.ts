/** Reading built pages with a real HTML parser (parse5). */
import { readFileSync } from 'node:fs';
import { listFiles } from '../../src/pipeline/files.ts';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fileOf } from '../../src/lib/urls.ts';

export { attr, byId, byTag, elements, executableScripts, text, type HtmlElement as Element } from '../../src/lib/html.ts';

export interface Page {
  /** Site path, e.g. "/fr/countries/npl/". */
  path: string;
  file: string;
  root: DefaultTreeAdapterMap['document'];
}

export { listFiles };

export const filePathOf = fileOf;

export function loadPage(siteDir: string, sitePath: string): Page {
  const file = path.join(siteDir, filePathOf(sitePath));
  return { path: sitePath, file, root: parse(readFileSync(file, 'utf8'), { scriptingEnabled: false }) };
}

/** All HTML pages of a built site. */
export function loadPages(siteDir: string): Page[] {
  return listFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => loadPage(siteDir, `/${file.replace(/(^|\/)index\.html$/, '$1')}`));
}
