/**
 * The search of an offline copy: Pagefind and our search page re-bundled as
 * classic scripts (files cannot load modules), and each index file wrapped
 * in a classic script that hands its bytes to src/search/offline-files.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../settings.ts';

export const OFFLINE_SCRIPTS = {
  files: '/offline/search-files.js',
  pagefind: '/pagefind/pagefind.js',
  ui: '/offline/search.js',
} as const;

async function bundle(entry: string, options: { globalName?: string; footer?: string } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    logLevel: 'silent',
    legalComments: 'none',
    ...(options.globalName ? { globalName: options.globalName } : {}),
    ...(options.footer ? { footer: { js: options.footer } } : {}),
  });
  return result.outputFiles[0]!.text;
}

/** The three classic scripts, by their site path. */
export async function offlineSearchScripts(siteDir: string): Promise<Map<string, string>> {
  const [files, pagefind, ui] = await Promise.all([
    bundle(path.join(PROJECT_ROOT, 'src/search/offline-files.ts')),
    // Pagefind finds its files through import.meta.url, which classic scripts lack; the page passes basePath instead.
    bundle(path.join(siteDir, 'pagefind/pagefind.js'), { globalName: 'hubPagefind' }),
    bundle(path.join(PROJECT_ROOT, 'src/search/ui.ts')),
  ]);
  return new Map([
    [OFFLINE_SCRIPTS.files, files],
    [OFFLINE_SCRIPTS.pagefind, pagefind],
    [OFFLINE_SCRIPTS.ui, ui],
  ]);
}

/** A Pagefind data file as a classic script: hubSearchFile("index/fr_1a2b.pf_index", "<base64>"). */
export function wrapSearchFile(name: string, absolute: string): string {
  return `hubSearchFile(${JSON.stringify(name)},"${readFileSync(absolute).toString('base64')}");\n`;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** Which Pagefind files a copy needs for its languages ("fr", "zh-hans" ...), and its entry file limited to them. */
export function searchFilesFor(siteDir: string, languages: readonly string[]): { entry: string; needed: (file: string) => boolean } {
  const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const kept = Object.fromEntries(Object.entries(entry.languages).filter(([language]) => languages.includes(language)));
  const names = new Set(Object.values(kept).flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`]));
  const needed = (file: string) => {
    const [folder, name = ''] = file.split('/');
    if (folder === 'index' || folder === 'fragment' || folder === 'filter') return languages.some((language) => name.startsWith(`${language}_`));
    return names.has(file);
  };
  return { entry: JSON.stringify({ ...entry, languages: kept }), needed };
}
