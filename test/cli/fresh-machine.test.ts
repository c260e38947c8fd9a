/**
 * The README's two commands on a machine whose Node is too old (as Debian's
 * is): a clean copy of the project, an old Node first on PATH, no Node 24
 * installed yet. `npm ci && npm start` must provision Node 24 and serve the
 * hub; `npm test` must run under it too.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, ROOT } from '../helpers/paths.ts';
import { freePort } from '../helpers/server.ts';

const OLD_NODE = 'node@20';
const work = path.join(OUTPUT, 'fresh-machine');
const clone = path.join(work, 'hub');
const oldNode = path.join(work, 'old-node');
const node24 = path.join(work, 'node24');
let env: NodeJS.ProcessEnv;

function run(command: string, args: string[], timeout = 600_000) {
  return spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(() => {
  rmSync(clone, { recursive: true, force: true });
  rmSync(node24, { recursive: true, force: true });
  mkdirSync(clone, { recursive: true });
  // The project as a clone would have it: tracked files and new ones not ignored, without node_modules or builds.
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) if (existsSync(path.join(ROOT, file))) cpSync(path.join(ROOT, file), path.join(clone, file));
  if (!existsSync(path.join(oldNode, 'node_modules/.bin/node'))) {
    const install = spawnSync('npm', ['install', '--prefix', oldNode, '--no-save', '--no-audit', '--no-fund', OLD_NODE], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`Could not install ${OLD_NODE} to play the old machine: ${install.stderr}`);
  }
  env = { ...process.env, PATH: `${path.join(oldNode, 'node_modules/.bin')}${path.delimiter}${process.env['PATH']}`, HUB_NODE_DIR: node24, NO_COLOR: '1' };
  delete env['NODE_OPTIONS'];
  delete env['VITEST'];
  delete env['NODE_ENV'];
});

describe('on a machine with an old Node', () => {
  it('starts from Node 20, which cannot run the hub by itself', () => {
    const version = run('node', ['--version']).stdout.trim();
    expect(version).toMatch(/^v20\./);
  });

  it('npm ci && npm start installs Node 24, builds and serves the hub', async () => {
    const install = run('npm', ['ci', '--no-audit', '--no-fund']);
    expect(install.status, install.stderr).toBe(0);
    const port = await freePort();
    const server: ChildProcess = spawn('npm', ['start'], { cwd: clone, env: { ...env, HUB_PORT: String(port), HUB_LOG_LEVEL: 'warn' }, detached: true });
    let output = '';
    server.stdout?.on('data', (chunk) => (output += String(chunk)));
    server.stderr?.on('data', (chunk) => (output += String(chunk)));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not serve within 10 minutes:\n${output}`)), 600_000);
        const poll = setInterval(() => {
          const served = /served at (http:\/\/\S+?) /.exec(output);
          if (served) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve(served[1]!);
          }
          if (server.exitCode !== null) reject(new Error(`npm start stopped:\n${output}`));
        }, 500);
      });
      expect(output).toContain('too old for the hub');
      expect(existsSync(path.join(node24, 'node_modules/.bin/node'))).toBe(true);
      const page = await fetch(`${address}en/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="en"');
    } finally {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    }
  }, 900_000);

  it('npm test runs the tests under Node 24', () => {
    const result = run('npm', ['test', '--', '--project', 'unit', 'unit/urls.test.ts']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
  }, 300_000);
});

afterAll(() => {
  rmSync(clone, { recursive: true, force: true });
});
