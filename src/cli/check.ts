/**
 * npm run check: validate all content without building, and report every
 * problem at once. Exit status 1 if there is any error; warnings are listed
 * too, and count as errors with --strict.
 */
import { loadContent } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { settingsOrExit } from '../settings.ts';

const started = performance.now();
const dir = settingsOrExit().HUB_CONTENT_DIR;
const strict = process.argv.includes('--strict');
const { content, problems } = loadContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) process.stderr.write(formatProblems(problems, strict));
if (blocking(problems, strict).length > 0) {
  process.exitCode = 1;
} else {
  process.stdout.write(
    `Content OK (${dir}): ${content.resources.size} resources, ${content.organizations.size} organizations, ${content.countries.size} countries, checked in ${seconds} s.\n`,
  );
}
