/**
 * Every kind of content mistake stops the build with a message naming the
 * file, the field, the bad value and what is allowed; all at once.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem, formatProblems, type Problem } from '../../src/content/problems.ts';
import { brokenFixtures, contentWith, type ExpectedProblem } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run.ts';

function matches(problem: Problem, expected: ExpectedProblem): boolean {
  return (
    problem.file === expected.file &&
    (expected.line === undefined || problem.line === expected.line) &&
    (expected.field === undefined || problem.field === expected.field) &&
    (expected.value === undefined || String(problem.value) === expected.value) &&
    formatProblem(problem).includes(expected.text)
  );
}

describe('the valid fixture', () => {
  it('has no problems', () => {
    // On the date its status was checked, before the scheduled exit it lists (so no warning is due).
    expect(loadContent(contentWith(), '2026-11-20').problems).toEqual([]);
  });
});

describe('the complete message of one broken fixture', () => {
  it('is exactly what a publisher reads', () => {
    // A fixed day, so the warnings that depend on the date stay the same.
    expect(formatProblems(loadContent(contentWith('unknown-sector'), '2026-12-07').problems)).toMatchInlineSnapshot(`
      "The content has 1 problem. Nothing was built; fix these and run again:

        best-practices/example-practice/resource.yaml:3
          sectors[0]: is not an allowed value (found "energie")
          allowed: energy, transportation, health, urban-rural, agriculture, emergencies, public-safety, home-networks
          did you mean "energy"?

      1 warning (the build goes on, but please fix these):

        countries.yaml:5
          [0].memberships[0].scheduledExit: NPL: the scheduled date has passed with no recorded outcome; record the graduation (until) or the decision that moved it (a ga-decision step and the new scheduledExit), each with its source (found "2026-11-24")
      "
    `);
  });
});

describe.each(brokenFixtures())('broken fixture "$name"', (fixture) => {
  it(`reports: ${fixture.description}`, () => {
    const { problems } = loadContent(contentWith(fixture.name));
    for (const expected of fixture.expect) {
      expect(problems.some((problem) => matches(problem, expected)), `expected ${JSON.stringify(expected)} in\n${problems.map(formatProblem).join('\n')}`).toBe(true);
    }
  });
});

// Fixtures that change different files, so they can all be applied at once.
const together = ['unknown-category', 'unknown-sector', 'bad-date', 'missing-translation-status', 'unknown-language-file', 'duplicate-slug', 'duplicate-country', 'bad-paragraph-id'];
const expectedTogether = brokenFixtures()
  .filter((fixture) => together.includes(fixture.name))
  .flatMap((fixture) => fixture.expect);

describe('several mistakes at once', () => {
  it('npm run check reports them all in one run and exits with status 1', () => {
    const result = runCli('check', [], { HUB_CONTENT_DIR: contentWith(...together) });
    expect(result.status).toBe(1);
    for (const expected of expectedTogether) {
      expect(result.stderr).toContain(expected.line ? `${expected.file}:${expected.line}` : expected.file);
      expect(result.stderr).toContain(expected.text);
    }
  });

  it('the build stops and reports them all, building nothing', () => {
    const dir = contentWith(...together);
    const result = runCli('build', [], { HUB_CONTENT_DIR: dir, HUB_OUT_DIR: `${dir}-site` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The content has ${expectedTogether.length} problems`);
    for (const expected of expectedTogether) expect(result.stderr).toContain(expected.text);
  }, 120_000);
});
