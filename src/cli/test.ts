/**
 * npm test: checks that the programs the tests drive are installed, then
 * runs every test (vitest). The browser, offline, document and server tests
 * drive real programs from Debian's packages; this says at once which are
 * missing and how to install them, instead of failing test by test.
 *
 *   npm test                          every test
 *   npm test -- --project unit        only the tests that need none of these programs
 *   node src/cli/test.ts --missing    print the missing Debian packages (for .ci/run)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../bench/chromium.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian package, and how to tell it is installed. */
const PROGRAMS: { pkg: string; present: () => boolean; why: string }[] = [
  { pkg: 'chromium', present: () => existsSync(CHROMIUM_PATH), why: 'browser and accessibility tests' },
  { pkg: 'firefox-esr', present: () => onPath('firefox-esr'), why: 'the offline copy opened from disk in Firefox' },
  { pkg: 'zim-tools', present: () => onPath('zimwriterfs') && onPath('zimcheck'), why: 'Kiwix files' },
  { pkg: 'kiwix-tools', present: () => onPath('kiwix-serve'), why: 'search inside the Kiwix files' },
  { pkg: 'libreoffice-writer-nogui', present: () => onPath('libreoffice'), why: 'templates open as .docx' },
  { pkg: 'nginx-light', present: () => existsSync('/usr/sbin/nginx'), why: 'the tested server configuration' },
  {
    pkg: 'libnginx-mod-http-brotli-static',
    present: () => existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'),
    why: 'precompressed brotli in that configuration',
  },
];

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));
}

const args = process.argv.slice(2);
const missing = PROGRAMS.filter((program) => !program.present());
if (args[0] === '--missing') {
  process.stdout.write(missing.map((program) => program.pkg).join(' ') + '\n');
  process.exit(0);
}
const onlyUnit = args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit';
if (missing.length > 0 && !onlyUnit) {
  process.stderr.write(
    [
      'The tests drive programs that are not installed here:',
      ...missing.map((program) => `  ${program.pkg} (${program.why})`),
      'Install them (Debian or Ubuntu) with:',
      `  sudo apt-get install -y --no-install-recommends ${missing.map((program) => program.pkg).join(' ')}`,
      'or run .ci/run, which installs everything the tests need and runs them.',
      'To run only the tests that need none of these: npm test -- --project unit',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
const vitest = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/vitest.config.ts', ...args], {
  stdio: 'inherit',
  cwd: ROOT,
});
process.exit(vitest.status ?? 1);
