/**
 * npm run check: validate all content without building, and report every
 * problem at once. Exit status 1 if there is any error; warnings are listed
 * too, and count as errors with --strict. With --coverage it also prints, per
 * country category, how many countries the resources name and which not yet.
 */
import { loadContent } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { coverageByCategory, namedCountries } from '../lib/coverage.ts';
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
if (process.argv.includes('--coverage') && content.site) {
  const countries = [...content.countries.values()];
  const resources = [...content.resources.values()];
  const lines = coverageByCategory(countries, resources, content.site.membershipAsOf).map(
    ({ category, members, named, missing }) =>
      `  ${category.padEnd(5)} ${String(named.length).padStart(3)} of ${String(members).padStart(3)} countries named (${Math.round((100 * named.length) / members)}%)${missing.length ? `; not yet: ${missing.join(' ')}` : ''}`,
  );
  const practices = [...content.resources.values()].filter((resource) => resource.type === 'best-practice').length;
  process.stdout.write(
    `\nCoverage: ${namedCountries(countries, resources).length} countries named by at least one resource; ${practices} best practices.\n${lines.join('\n')}\n`,
  );
}
