/**
 * Pages of the offline copies as zip entries, kept in the build cache: a
 * rebuild takes a page it rewrote before, for the same copies, as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { codeDigest, digestOf, type BuildCache } from '../build-cache.ts';
import { rewritePage, type CopyLocales, type RewriteOptions } from './rewrite.ts';
import { prepareEntry, type PreparedEntry } from './zip.ts';

/** What decides a rewritten page besides the page: the rewrite, the addresses it writes and the zip entries made of it. */
const REWRITE_CODE = codeDigest(
  new URL('rewrite.ts', import.meta.url),
  new URL('zip.ts', import.meta.url),
  new URL('../../lib/urls.ts', import.meta.url),
  new URL('../../lib/html.ts', import.meta.url),
);

/**
 * A page rewritten for each copy that holds it, as zip entries ready to be
 * written, with the links it makes; from the cache when an earlier build
 * rewrote the same bytes the same way. A cache entry is one file: a line of
 * JSON (sizes, checksums, links), then the deflated bytes one after another.
 */
export function rewrittenEntries(
  cache: BuildCache,
  sitePath: string,
  page: Buffer,
  options: RewriteOptions,
  holders: CopyLocales[],
): { entry: PreparedEntry; targets: string[] }[] {
  const cached = cache.entry(digestOf(REWRITE_CODE, JSON.stringify([options, holders]), page));
  if (cached.exists) {
    const stored = readFileSync(cached.path);
    const header = stored.indexOf(0x0a);
    let offset = header + 1;
    return (JSON.parse(stored.subarray(0, header).toString('utf8')) as { entry: Omit<PreparedEntry, 'data'> & { length: number }; targets: string[] }[]).map(
      ({ entry: { length, ...entry }, targets }) => {
        const data = stored.subarray(offset, (offset += length));
        return { entry: { ...entry, data }, targets };
      },
    );
  }
  const results = rewritePage(page.toString('utf8'), options, holders).map(({ html, targets }) => ({ entry: prepareEntry(sitePath, html), targets }));
  const header = results.map(({ entry: { data, ...entry }, targets }) => ({ entry: { ...entry, length: data.length }, targets }));
  writeFileSync(cached.path, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...results.map(({ entry }) => entry.data)]));
  return results;
}
