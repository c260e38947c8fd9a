/**
 * Deterministic zip files: entries in the order given (sorted by the caller),
 * one fixed time stamp and file mode, so two builds of the same content give
 * the same bytes. fflate writes the archive; each entry is deflated in one
 * call to Node's native zlib, which costs far less than a chain of streams
 * per entry and lets go of each entry's memory once it is written. The
 * offline copies run in a worker thread, so this blocks no other step.
 */
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, unzipSync, type ZipInputFile } from 'fflate';

/** Files that are already compressed gain nothing from deflate. */
const STORED = /\.(png|jpe?g|webp|gz|br|zip|zim|docx)$/;
/** Unix (3), regular file, rw-r--r--. */
const UNIX = 3;
const MODE = 0o100644;
/** zlib's default level: a good balance of size and time for text. */
const LEVEL = 6;

export interface ZipWriter {
  add(name: string, data: string | Uint8Array): void;
  /** Resolves when the data added so far is written, so memory stays bounded. */
  ready(): Promise<void>;
  /** Finish the archive; resolves with its size in bytes. */
  close(): Promise<number>;
}

/** Each entry is compressed and handed to `write` as it is added. */
function writer(mtime: Date, write: (chunk: Uint8Array) => void) {
  let failed: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else write(chunk);
  });
  return {
    add(name: string, data: string | Uint8Array): void {
      const bytes = (typeof data === 'string' ? Buffer.from(data) : data) as Uint8Array<ArrayBuffer>;
      const stored = STORED.test(name);
      const file: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: stored ? 0 : 8, mtime, os: UNIX, attrs: MODE << 16 };
      zip.add(file);
      file.ondata!(null, stored ? bytes : deflateRawSync(bytes, { level: LEVEL }), true);
      if (failed) throw failed;
    },
    end(): void {
      zip.end();
      if (failed) throw failed;
    },
  };
}

/** A zip file written to disk as entries are added. */
export function zipFile(file: string, mtime: Date): ZipWriter {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => out.on('close', resolve).on('error', reject));
  let bytes = 0;
  const zip = writer(mtime, (chunk) => {
    bytes += chunk.length;
    out.write(chunk);
  });
  return {
    add: zip.add,
    ready: () => (out.writableNeedDrain ? new Promise((resolve) => out.once('drain', resolve)) : Promise.resolve()),
    async close() {
      zip.end();
      out.end();
      await done;
      return bytes;
    },
  };
}

/** A zip file in memory (a .docx must keep its entries in the order given). */
export function zipBuffers(entries: readonly [string, Uint8Array][], mtime: Date): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = writer(mtime, (chunk) => chunks.push(chunk));
  for (const [name, data] of entries) zip.add(name, data);
  zip.end();
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
