/** Two builds of the same content give byte-identical output. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';

function fingerprint(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

describe('reproducible builds', () => {
  it('writes the same bytes twice', () => {
    const first = fingerprint(buildFixtureSite('repro-1'));
    const second = fingerprint(buildFixtureSite('repro-2'));
    expect(first.size).toBeGreaterThan(50);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
    expect(differing).toEqual([]);
  }, 180_000);
});
