#!/usr/bin/env node
/**
 * Every npm script starts here, so it runs under a Node that can run the hub
 * (22.12 or later: Astro 7, Vitest 5, i18next 27, and .ts files run as they
 * are). On an older Node it installs Node 24 from the npm registry once, into
 * HUB_NODE_DIR (default ~/.cache/hub-node24), and runs the command with it.
 *
 *   node src/cli/hub.cjs <script>.ts [args]    a command of src/cli/
 *   node src/cli/hub.cjs --bin <tool> [args]   a tool of node_modules/.bin (vitest, astro)
 *
 * Written as plain CommonJS so that any Node can read it.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const NEEDED = [22, 12];

function recent(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
}

function versionOf(node) {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

/** A Node binary of 22.12 or later: this one, or Node 24 from the npm registry. */
function suitableNode() {
  if (recent(process.version)) return process.execPath;
  const dir = process.env.HUB_NODE_DIR || path.join(os.homedir(), '.cache', 'hub-node24');
  const node = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (!existsSync(node) || !recent(versionOf(node))) {
    process.stderr.write(
      `This Node (${process.version}) is too old for the hub, which needs ${NEEDED.join('.')} or later.\nInstalling Node 24 from the npm registry into ${dir} (once; about 50 MB)...\n`,
    );
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node@24'], { stdio: 'inherit' });
    if (install.status !== 0 || !recent(versionOf(node))) {
      process.stderr.write(
        `Could not install Node 24 into ${dir}. Install Node 22.12 or later yourself (https://nodejs.org/ or your system's packages) and run the command again.\n`,
      );
      process.exit(1);
    }
  }
  return node;
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write('usage: node src/cli/hub.cjs <script>.ts [args] | --bin <tool> [args]\n');
  process.exit(2);
}
const node = suitableNode();
const command =
  args[0] === '--bin' ? [path.join(ROOT, 'node_modules', args[1], ...binPath(args[1])), ...args.slice(2)] : [path.join(__dirname, args[0]), ...args.slice(1)];
// The chosen Node comes first on PATH, so the tools the command starts use it too.
const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH || ''}` };
const result = spawnSync(node, command, { stdio: 'inherit', env, cwd: process.cwd() });
if (result.error) {
  process.stderr.write(`${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status === null ? 1 : result.status);

/** Where a package keeps its command-line entry (from its package.json "bin"). */
function binPath(tool) {
  const manifest = path.join(ROOT, 'node_modules', tool, 'package.json');
  if (!existsSync(manifest)) {
    process.stderr.write(`${tool} is not installed: run npm ci first.\n`);
    process.exit(1);
  }
  const { bin } = require(manifest);
  const entry = typeof bin === 'string' ? bin : bin[tool];
  return entry.split('/');
}
