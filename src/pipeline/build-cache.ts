/**
 * Outputs of a build step kept beside Astro's cache, each under a digest of
 * its inputs, so a rebuild reuses what its inputs have not changed (Astro's
 * incremental build restores unchanged pages byte for byte, so their
 * compressed twins and the search index of an unchanged language are the
 * same too). What a build did not use is removed at its end: the cache holds
 * one build's worth.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export function digestOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}

/** A digest of source files: part of a key wherever that code decides the output. */
export function codeDigest(...files: URL[]): string {
  return digestOf(...files.map((file) => readFileSync(file)));
}

export class BuildCache {
  readonly dir: string;
  readonly #used = new Set<string>();

  /** `root` is Astro's cache folder; `name` the step's own folder in it. */
  constructor(root: string, name: string) {
    this.dir = path.join(root, 'hub-build', name);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Where the entry of a key lives (a file or a folder), marked as used by this build. */
  entry(key: string): { path: string; exists: boolean } {
    this.#used.add(key);
    const entryPath = path.join(this.dir, key);
    return { path: entryPath, exists: existsSync(entryPath) };
  }

  /** Removes every entry this build did not ask for. */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.#used.has(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
  }
}
