/** Run one of the project's commands in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[] = [], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
