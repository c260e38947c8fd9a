/**
 * A content mistake, described so that a publisher who is not a developer can
 * fix it: which file, where in it, which field, what was written and what is
 * allowed.
 */
export interface Problem {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  line?: number;
  /** Field path as written in the file, e.g. "sources[0].url". */
  field?: string;
  value?: unknown;
  message: string;
  allowed?: readonly string[];
  suggestion?: string;
  /** A warning is reported but does not stop the build (unless warnings are made errors). */
  severity?: 'warning';
}

export const isWarning = (problem: Problem): boolean => problem.severity === 'warning';

/** Problems that stop a build: every error, and the warnings too where they are to count as errors. */
export function blocking(problems: readonly Problem[], warningsAreErrors = false): Problem[] {
  return warningsAreErrors ? [...problems] : problems.filter((problem) => !isWarning(problem));
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Levenshtein distance, for "did you mean" hints on near misses. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest allowed value, if the written one is a plausible typo of it. */
export function nearMiss(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const written = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = distance(written, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(written.length / 3)) ? best : undefined;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  const value = problem.value === undefined ? '' : ` (found ${show(problem.value)})`;
  const allowed = problem.allowed?.length ? `\n    allowed: ${problem.allowed.join(', ')}` : '';
  const hint = problem.suggestion ? `\n    did you mean "${problem.suggestion}"?` : '';
  return `  ${where}\n    ${field}${problem.message}${value}${allowed}${hint}`;
}

/** File by file, top to bottom, so a publisher can work down the list. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The report a publisher reads: the problems that stop the build first, then
 * the warnings (things to fix that do not stop it), each list file by file.
 */
export function formatProblems(problems: readonly Problem[], warningsAreErrors = false): string {
  const stopping = blocking(problems, warningsAreErrors);
  const warnings = problems.filter((problem) => !stopping.includes(problem));
  const parts: string[] = [];
  if (stopping.length > 0) {
    parts.push(`The content has ${plural(stopping.length, 'problem')}. Nothing was built; fix these and run again:\n\n${sortProblems(stopping).map(formatProblem).join('\n\n')}\n`);
  }
  if (warnings.length > 0) {
    parts.push(`${plural(warnings.length, 'warning')} (the build goes on, but please fix these):\n\n${sortProblems(warnings).map(formatProblem).join('\n\n')}\n`);
  }
  return parts.join('\n');
}
