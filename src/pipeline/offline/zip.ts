/**
 * Deterministic zip files with the native deflate of Node's zlib: entries in
 * the order given (sorted by the caller), one fixed time stamp and file mode,
 * so two builds of the same content give the same bytes.
 */
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { ZipFile } from 'yazl';

/** Files that are already compressed gain nothing from deflate. */
const STORED = /\.(png|jpe?g|webp|gz|br|zip|zim|docx)$/;
const MODE = 0o100644;

export interface ZipWriter {
  add(name: string, data: string | Uint8Array): void;
  /** Resolves when the data added so far is (almost) all written, so memory stays bounded. */
  ready(): Promise<void>;
  /** Finish the archive; resolves with its size in bytes. */
  close(): Promise<number>;
}

/** How much added but not yet compressed data a writer may hold before ready() makes the producer wait. */
const QUEUE_LIMIT = 16 * 1024 * 1024;

function writer(zip: ZipFile, mtime: Date, sink: (resolve: (value: number) => void, reject: (error: Error) => void) => void): ZipWriter {
  let queued = 0;
  let waiting: (() => void)[] = [];
  return {
    add(name, data) {
      const buffer = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      queued += buffer.length;
      // Entries are compressed one after another as the archive is written, not all at once.
      zip.addReadStreamLazy(name, { mtime, mode: MODE, compress: !STORED.test(name), size: buffer.length }, (callback) => {
        queued -= buffer.length;
        if (queued < QUEUE_LIMIT) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
        callback(null, Readable.from([buffer]));
      });
    },
    ready: () => (queued < QUEUE_LIMIT ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    close: () =>
      new Promise((resolve, reject) => {
        sink(resolve, reject);
        zip.end();
      }),
  };
}

/** A zip file written to disk as entries are added. */
export function zipFile(file: string, mtime: Date): ZipWriter {
  const zip = new ZipFile();
  const out = createWriteStream(file);
  let bytes = 0;
  zip.outputStream.on('data', (chunk: Buffer) => (bytes += chunk.length));
  zip.outputStream.pipe(out);
  return writer(zip, mtime, (resolve, reject) => out.on('close', () => resolve(bytes)).on('error', reject));
}

/** A zip file in memory (a .docx must keep its entries in the order given). */
export async function zipBuffers(entries: readonly [string, Uint8Array][], mtime: Date): Promise<Buffer> {
  const zip = new ZipFile();
  const chunks: Buffer[] = [];
  zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = writer(zip, mtime, (resolve, reject) => zip.outputStream.on('end', () => resolve(0)).on('error', reject));
  for (const [name, data] of entries) done.add(name, data);
  await done.close();
  return Buffer.concat(chunks);
}

/** Unpack a zip file into a folder (replacing the folder). */
export function extractZip(zip: string, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const target = path.join(folder, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
