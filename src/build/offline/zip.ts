/**
 * Deterministic zip files: sorted entries, one fixed time stamp, so two builds
 * of the same content give the same bytes.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { listFiles } from '../files.ts';

/** Files that are already compressed gain nothing from deflate. */
const STORED = /\.(png|jpe?g|webp|gz|br|zip|zim)$/;

export function zipFolder(folder: string, zipFile: string, mtime: Date): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(zipFile);
    let bytes = 0;
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      bytes += chunk.length;
      out.write(chunk);
      if (final) out.end(() => resolve(bytes));
    });
    for (const file of listFiles(folder)) {
      const entry = STORED.test(file) ? new ZipPassThrough(file) : new ZipDeflate(file, { level: 9 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(readFileSync(path.join(folder, file)), true);
    }
    zip.end();
  });
}
