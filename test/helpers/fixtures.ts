/**
 * Content folders for tests: the small valid set in test/fixtures/valid,
 * optionally with the changes of one or more broken fixtures applied.
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, OUTPUT } from './paths.ts';

export interface ExpectedProblem {
  file: string;
  line?: number;
  field?: string;
  value?: string;
  text: string;
}

export interface BrokenFixture {
  name: string;
  description: string;
  /** Only warnings: the build goes on, and `npm run check -- --strict` fails. */
  warning?: boolean;
  delete?: string[];
  expect: ExpectedProblem[];
}

const BROKEN = path.join(FIXTURES, 'broken');

export function brokenFixtures(): BrokenFixture[] {
  return readdirSync(BROKEN)
    .sort()
    .map((name) => ({ name, ...(parse(readFileSync(path.join(BROKEN, name, 'fixture.yaml'), 'utf8')) as Omit<BrokenFixture, 'name'>) }));
}

/** A fresh copy of the valid content with the named broken fixtures applied. */
export function contentWith(...broken: string[]): string {
  mkdirSync(path.join(OUTPUT, 'content'), { recursive: true });
  const dir = mkdtempSync(path.join(OUTPUT, 'content', `${broken.join('+') || 'valid'}-`));
  cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  for (const name of broken) {
    const fixture = brokenFixtures().find((candidate) => candidate.name === name);
    if (!fixture) throw new Error(`No broken fixture "${name}"`);
    for (const file of fixture.delete ?? []) rmSync(path.join(dir, file));
    const overlay = path.join(BROKEN, name, 'content');
    if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  }
  return dir;
}
