/**
 * Two builds of the shipped content give byte-identical output: pages, search
 * index, template documents (with their links), zips and checksums. The
 * second build is compared with the one every site test reads.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../helpers/fingerprint.ts';
import { OUTPUT, SITE_DIR } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

describe('reproducible builds', () => {
  it('writes the same bytes twice from the shipped content, .docx and zips included', () => {
    const again = path.join(OUTPUT, 'site-again');
    rmSync(again, { recursive: true, force: true });
    const result = runCli('build', [], { HUB_OUT_DIR: again, HUB_LOG_LEVEL: 'warn' });
    expect(result.status, result.stderr).toBe(0);
    const first = fingerprint(SITE_DIR);
    const second = fingerprint(again);
    const files = [...first.keys()];
    // The comparison covers what made builds differ before: documents with hyperlinks, and the zips holding them.
    const documents = files.filter((file) => file.endsWith('.docx'));
    expect(
      documents.some((file) =>
        strFromU8(unzipSync(readFileSync(path.join(SITE_DIR, file)))['word/_rels/document.xml.rels']!).includes('TargetMode="External"'),
      ),
    ).toBe(true);
    expect(files.filter((file) => file.endsWith('.zip')).length).toBeGreaterThan(1);
    const differing = [...new Set([...files, ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
    expect(differing).toEqual([]);
  }, 300_000);
});
