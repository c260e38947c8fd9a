/**
 * The editor's local server: the Decap CMS page and its files (from
 * node_modules, nothing from the network), the configuration generated from
 * the content, and an API that speaks Decap's local-backend protocol (the one
 * decap-server speaks: POST /api/v1 with { action, params }) over the hub's
 * own content layout (see virtual-files.ts, read-virtual.ts and save.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content/load.ts';
import { listVirtual, readVirtual } from './read-virtual.ts';
import { EditorError, formatted, persist, type DataFile } from './save.ts';
import { folderUsing, ITEM_FOLDERS, parseVirtualPath, type ItemFolder } from './virtual-files.ts';
import { decapConfigYaml } from './config.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { createHash } from 'node:crypto';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DECAP_DIST = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
};

export interface EditorOptions {
  contentDir: string;
  host: string;
  port: number;
  /** Address of the preview server (npm run dev), for Decap's "view" links. */
  siteUrl: string;
  /** Messages for the terminal (each save, each refusal). */
  log?: (line: string) => void;
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hub editor</title>
<link rel="stylesheet" href="/editor.css">
</head>
<body>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/decap/decap-cms.js"></script>
<script src="/editor.js"></script>
</body>
</html>
`;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 50 * 1024 * 1024) throw new EditorError('The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function entry(contentDir: string, file: string) {
  const where = parseVirtualPath(file);
  let data: string | undefined;
  if (where?.locale) data = readVirtual(contentDir, where.folder, where.slug, where.locale);
  // Decap asks for "<folder>/<slug>.md" to know whether a new slug is free: it is not if any type uses it.
  else if (where)
    data = folderUsing(contentDir, where.folder, where.slug) ? (readVirtual(contentDir, where.folder, where.slug, SOURCE_LOCALE) ?? '') : undefined;
  return data === undefined ? { data: null, file: { path: file, id: null } } : { data, file: { path: file, id: sha(data) } };
}

type Params = Record<string, unknown>;

function api(options: EditorOptions, action: string, params: Params): { status: number; body: unknown } {
  const { contentDir } = options;
  switch (action) {
    case 'info':
      return { status: 200, body: { repo: path.basename(contentDir), publish_modes: ['simple'], type: 'local_fs' } };
    case 'entriesByFolder': {
      const folder = String(params['folder'] ?? '');
      if (!(ITEM_FOLDERS as readonly string[]).includes(folder)) return { status: 200, body: [] };
      return {
        status: 200,
        body: listVirtual(contentDir, folder as ItemFolder).map((file) => ({ data: file.data, file: { path: file.path, id: sha(file.data) } })),
      };
    }
    case 'entriesByFiles':
      return { status: 200, body: ((params['files'] as { path: string }[] | undefined) ?? []).map((file) => entry(contentDir, file.path)) };
    case 'getEntry':
      return { status: 200, body: entry(contentDir, String(params['path'] ?? '')) };
    case 'persistEntry': {
      const dataFiles = (params['dataFiles'] as DataFile[] | undefined) ?? (params['entry'] ? [params['entry'] as DataFile] : []);
      const assets = (params['assets'] as unknown[] | undefined) ?? [];
      if (assets.length > 0)
        return { status: 422, body: { error: 'Images cannot be uploaded from the editor: put them in the item folder by hand (see docs/authoring.md).' } };
      const result = persist(contentDir, dataFiles);
      const problems = formatted(result.problems);
      const warnings = formatted(result.warnings);
      if (!result.ok) {
        options.log?.(`Refused to save ${dataFiles[0]?.path ?? ''}; nothing was written:\n${problems.map((line) => `  ${line}`).join('\n')}`);
        const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
        return {
          status: 422,
          body: { error: `Not saved, nothing was written: the hub found ${count}. ${problems.join(' | ')}`, problems, warnings, notes: result.notes },
        };
      }
      if (result.files.length > 0)
        options.log?.(`Saved: ${result.files.join(', ')}${warnings.length ? `\n  with warnings:\n${warnings.map((line) => `  ${line}`).join('\n')}` : ''}`);
      return { status: 200, body: { message: 'entry persisted', files: result.files, warnings, notes: result.notes } };
    }
    case 'getMedia':
      return { status: 200, body: [] };
    case 'getMediaFile':
      return { status: 404, body: { error: 'The editor does not show media files.' } };
    case 'persistMedia':
      return { status: 422, body: { error: 'Images cannot be uploaded from the editor: put them in the item folder by hand (see docs/authoring.md).' } };
    case 'deleteFile':
    case 'deleteFiles':
      return { status: 422, body: { error: 'The editor does not delete content: remove the folder by hand (see docs/authoring.md).' } };
    case 'getDeployPreview':
      return { status: 200, body: { url: options.siteUrl, status: 'SUCCESS' } };
    default:
      return { status: 422, body: { error: `Unknown action ${action}` } };
  }
}

function serveFile(res: ServerResponse, root: string, relative: string): void {
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  createReadStream(file).pipe(res);
}

async function handle(options: EditorOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/api/v1') {
    let payload: { action?: string; params?: Params };
    try {
      payload = JSON.parse(await readBody(req)) as typeof payload;
    } catch {
      return json(res, 400, { error: 'The request is not JSON.' });
    }
    try {
      const { status, body } = api(options, String(payload.action), payload.params ?? {});
      return json(res, status, body);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.log?.(`Error in ${payload.action}: ${message}`);
      return json(res, error instanceof EditorError ? 422 : 500, { error: message });
    }
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  switch (url.pathname) {
    case '/':
    case '/index.html':
      return send(res, 200, TYPES['.html']!, page);
    case '/config.yml':
      return send(res, 200, TYPES['.yml']!, decapConfigYaml(loadContent(options.contentDir).content, { siteUrl: options.siteUrl }));
    case '/editor.js':
      return send(res, 200, TYPES['.js']!, readFileSync(path.join(HERE, 'client.js')));
    case '/editor.css':
      return send(res, 200, TYPES['.css']!, readFileSync(path.join(HERE, 'client.css')));
  }
  if (url.pathname.startsWith('/decap/')) return serveFile(res, DECAP_DIST, decodeURIComponent(url.pathname.slice('/decap/'.length)));
  return send(res, 404, 'text/plain', 'Not found');
}

/** Start the editor server; resolves once it listens. */
export function startEditor(options: EditorOptions): Promise<Server> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      options.log?.(`Error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) json(res, 500, { error: 'The editor server failed; see the terminal.' });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
