/**
 * npm run check: validate all content without building, and report every
 * problem at once. Exit status 1 if there is any.
 */
import { loadContent } from '../content/load.ts';
import { contentDir } from '../content/location.ts';
import { formatProblems } from '../content/problems.ts';

const started = performance.now();
const dir = contentDir();
const { content, problems } = loadContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exitCode = 1;
} else {
  process.stdout.write(
    `Content OK (${dir}): ${content.resources.size} resources, ${content.organizations.size} organizations, ${content.countries.size} countries, checked in ${seconds} s.\n`,
  );
}
