/** The publishing commands, run as a publisher would: new, check, translations, build. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixtures, contentWith } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

interface Row {
  folder: string;
  revision: string;
  states: Record<string, string>;
}
const rows = (dir: string): Row[] => JSON.parse(runCli('translations', ['--json'], { HUB_CONTENT_DIR: dir }).stdout) as Row[];
const stateOf = (dir: string, folder: string, locale: string) => rows(dir).find((row) => row.folder === folder)!.states[locale];

describe('npm run new', () => {
  it('scaffolds a guideline that builds as it is', () => {
    const dir = contentWith();
    const created = runCli('new', ['--type', 'guideline', '--slug', 'fresh-guide'], { HUB_CONTENT_DIR: dir });
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(path.join('guidelines', 'fresh-guide', 'resource.yaml'));
    const out = `${dir}-site`;
    const built = runCli('build', [], { HUB_CONTENT_DIR: dir, HUB_OUT_DIR: out, HUB_LOG_LEVEL: 'warn' });
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(path.join(out, 'en/resources/fresh-guide/index.html'))).toBe(true);
  }, 120_000);

  it('scaffolds every kind of item valid as it is', () => {
    const dir = contentWith();
    for (const [type, slug] of [
      ['best-practice', 'a-practice'],
      ['strategy-template', 'a-template'],
      ['organization', 'an-organization'],
    ]) {
      expect(runCli('new', ['--type', type!, '--slug', slug!], { HUB_CONTENT_DIR: dir }).status).toBe(0);
    }
    const check = runCli('check', [], { HUB_CONTENT_DIR: dir });
    expect(check.status, check.stderr).toBe(0);
  });

  it('refuses a slug that exists, in any type', () => {
    const result = runCli('new', ['--type', 'strategy-template', '--slug', 'example-guideline'], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"example-guideline" is already used by guidelines/example-guideline');
  });

  it('refuses a slug with accents or spaces, and suggests one', () => {
    const result = runCli('new', ['--type', 'guideline', '--slug', 'Réseau rural'], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot be a slug');
    expect(result.stderr).toContain('For example: reseau-rural');
  });

  it('refuses an unknown type, with a suggestion', () => {
    const result = runCli('new', ['--type', 'guidline', '--slug', 'x'], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Did you mean "guideline"?');
  });

  it('starts a translation from the current English revision', () => {
    const dir = contentWith();
    expect(stateOf(dir, 'best-practices/example-practice', 'es')).toBe('missing');
    expect(runCli('new', ['--translate', 'example-practice', '--lang', 'es'], { HUB_CONTENT_DIR: dir }).status).toBe(0);
    expect(stateOf(dir, 'best-practices/example-practice', 'es')).toBe('machine-assisted');
  });
});

describe('npm run check', () => {
  it.each(brokenFixtures())('reports the broken fixture "$name" and exits with status 1', (fixture) => {
    const dir = contentWith(fixture.name);
    // A fixture of warnings passes a plain check and fails a strict one.
    if (fixture.warning) expect(runCli('check', [], { HUB_CONTENT_DIR: dir }).status).toBe(0);
    const result = runCli('check', fixture.warning ? ['--strict'] : [], { HUB_CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    for (const expected of fixture.expect) {
      expect(result.stderr).toContain(expected.line ? `${expected.file}:${expected.line}` : expected.file);
      expect(result.stderr).toContain(expected.text);
    }
  });

  it('says all is well on valid content', () => {
    const result = runCli('check', [], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Content OK .*3 resources, 1 organizations, 4 countries/);
  });

  it('reports the coverage of each category with --coverage', () => {
    const result = runCli('check', ['--coverage'], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Coverage: \d+ countries named by at least one resource; 1 best practices\./);
    expect(result.stdout).toMatch(/^ {2}ldc +\d+ of +\d+ countries named/m);
    expect(result.stdout).toMatch(/^ {2}eit /m);
  });

  it('makes warnings errors with --strict', () => {
    const dir = contentWith();
    const facts = path.join(dir, 'guidelines/example-guideline/resource.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(', year: 2020, url: "https://www.example.org/source" }', ' }'));
    expect(runCli('check', [], { HUB_CONTENT_DIR: dir }).status).toBe(0);
    const strict = runCli('check', ['--strict'], { HUB_CONTENT_DIR: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('sources[0].year: is missing');
  });
});

describe('npm run translations', () => {
  it('marks a translation stale when the English changes', () => {
    const dir = contentWith();
    expect(stateOf(dir, 'guidelines/example-guideline', 'fr')).toBe('reviewed');
    const english = path.join(dir, 'guidelines/example-guideline/en.mdx');
    writeFileSync(english, readFileSync(english, 'utf8').replace('Text with a link', 'Changed text with a link'));
    expect(stateOf(dir, 'guidelines/example-guideline', 'fr')).toBe('stale');
  });

  it('fails on request when texts are missing or stale', () => {
    const dir = contentWith();
    const missing = runCli('translations', ['--fail-on', 'missing'], { HUB_CONTENT_DIR: dir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('best-practices/example-practice (fr): missing');
    const stale = runCli('translations', ['--fail-on', 'stale'], { HUB_CONTENT_DIR: dir });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('organizations/example-org (fr): stale');
    expect(runCli('translations', ['--fail-on', 'nonsense'], { HUB_CONTENT_DIR: dir }).status).toBe(2);
  });

  it('prints a table for people with a summary per language', () => {
    const result = runCli('translations', [], { HUB_CONTENT_DIR: contentWith() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/guidelines\/example-guideline\s+r[0-9a-f]{9}\s+MISSING\s+source\s+MISSING\s+reviewed/);
    expect(result.stdout).toContain('fr: 1 reviewed, 0 machine-assisted, 1 stale, 2 missing');
  });
});

describe('npm run new in a terminal', () => {
  it('asks for the type and the slug, and explains a wrong answer', () => {
    const dir = contentWith();
    // `script` gives the command a terminal, as when a publisher runs it by hand.
    const result = spawnSync('script', ['-qec', `${process.execPath} src/cli/new.ts`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, HUB_CONTENT_DIR: dir },
      input: 'guidline\nguideline\nNew Guide\nnew-guide\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stdout).toContain('Type (best-practice, guideline, strategy-template, organization)');
    expect(result.stdout).toContain('Did you mean "guideline"?');
    expect(result.stdout).toContain('For example: new-guide');
    expect(existsSync(path.join(dir, 'guidelines/new-guide/en.mdx'))).toBe(true);
  });
});

describe('npm run dev', () => {
  it('previews the content, reloads an edit and reports a mistake in the terminal', async () => {
    const dir = contentWith();
    const port = 4500 + Math.floor(Math.random() * 400);
    // The test runner's own variables (NODE_ENV=test, VITEST…) would change how the preview server behaves.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
    const server = spawn(process.execPath, ['src/cli/dev.ts'], { cwd: ROOT, env: { ...env, HUB_CONTENT_DIR: dir, HUB_PORT: String(port), NO_COLOR: '1' } });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const get = (url: string) => fetch(url, { signal: AbortSignal.timeout(10_000) });
    const waitFor = async (check: () => Promise<boolean>, what: string) => {
      for (let attempt = 0; attempt < 120; attempt++) {
        if (await check().catch(() => false)) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`timed out waiting for ${what}\n${output}`);
    };
    try {
      // Astro moves to the next port when the asked one is taken; read the address it prints.
      await waitFor(async () => /localhost:(\d+)/.test(output), 'the preview server to start');
      const page = `http://127.0.0.1:${/localhost:(\d+)/.exec(output)![1]}/en/resources/example-guideline/`;
      await waitFor(async () => (await get(page)).ok, 'the preview server');
      expect(await (await get(page)).text()).toContain('Example guideline');
      const english = path.join(dir, 'guidelines/example-guideline/en.mdx');
      writeFileSync(english, readFileSync(english, 'utf8').replace('title: Example guideline', 'title: Edited guideline'));
      await waitFor(async () => (await (await get(page)).text()).includes('Edited guideline'), 'the edit to show');
      const facts = path.join(dir, 'guidelines/example-guideline/resource.yaml');
      writeFileSync(facts, readFileSync(facts, 'utf8').replace('sectors: [emergencies]', 'sectors: [emergency]'));
      await waitFor(async () => output.includes('did you mean "emergencies"?'), 'the problem to be reported');
    } finally {
      server.kill();
    }
  }, 120_000);
});
