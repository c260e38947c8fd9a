import { mkdirSync, readdirSync, renameSync, rmSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Move every file of one folder into another (same file system), keeping paths; the first folder is removed. */
export function moveFiles(from: string, to: string): void {
  for (const file of listFiles(from)) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    renameSync(path.join(from, file), path.join(to, file));
  }
  rmSync(from, { recursive: true, force: true });
}
