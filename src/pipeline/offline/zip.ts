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
import { digestOf, type BuildCache } from '../build-cache.ts';

/** Files that are already compressed gain nothing from deflate. */
const STORED = /\.(png|jpe?g|webp|gz|br|zip|zim|docx)$/;
/** Unix (3), regular file, rw-r--r--. */
const UNIX = 3;
const MODE = 0o100644;
/** zlib's default level: a good balance of size and time for text. */
const LEVEL = 6;

/** An entry ready to be written: its bytes as they go into the archive (deflated, or stored as they are). */
export interface PreparedEntry {
  size: number;
  crc: number;
  compression: 0 | 8;
  data: Uint8Array;
}

export interface ZipWriter {
  add(name: string, data: string | Uint8Array): void;
  addPrepared(name: string, entry: PreparedEntry): void;
  /** Resolves when the data added so far is written, so memory stays bounded. */
  ready(): Promise<void>;
  /** Finish the archive; resolves with its size in bytes. */
  close(): Promise<number>;
}

/** Each entry is compressed (or its compressed bytes taken from the cache) and handed to `write` as it is added. */
function writer(mtime: Date, write: (chunk: Uint8Array) => void, cache?: BuildCache) {
  let failed: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else write(chunk);
  });
  const addPrepared = (name: string, { size, crc, compression, data }: PreparedEntry): void => {
    const file: ZipInputFile = { filename: name, size, crc, compression, mtime, os: UNIX, attrs: MODE << 16 };
    zip.add(file);
    file.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
    if (failed) throw failed;
  };
  return {
    add: (name: string, data: string | Uint8Array): void => addPrepared(name, prepareEntry(name, data, cache)),
    addPrepared,
    end(): void {
      zip.end();
      if (failed) throw failed;
    },
  };
}

/** An entry's bytes as the archive holds them; deflated bytes come from the cache when an earlier build deflated the same bytes. */
export function prepareEntry(name: string, data: string | Uint8Array, cache?: BuildCache): PreparedEntry {
  const bytes = (typeof data === 'string' ? Buffer.from(data) : data) as Uint8Array<ArrayBuffer>;
  const entry = { size: bytes.length, crc: crc32(bytes) };
  if (STORED.test(name)) return { ...entry, compression: 0, data: bytes };
  const cached = cache?.entry(digestOf(`deflate-${LEVEL}`, bytes));
  if (cached?.exists) return { ...entry, compression: 8, data: readFileSync(cached.path) };
  const made = deflateRawSync(bytes, { level: LEVEL });
  if (cached) writeFileSync(cached.path, made);
  return { ...entry, compression: 8, data: made };
}

/** A zip file written to disk as entries are added. */
export function zipFile(file: string, mtime: Date, cache?: BuildCache): ZipWriter {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => out.on('close', resolve).on('error', reject));
  let bytes = 0;
  const zip = writer(
    mtime,
    (chunk) => {
      bytes += chunk.length;
      out.write(chunk);
    },
    cache,
  );
  return {
    add: zip.add,
    addPrepared: zip.addPrepared,
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
