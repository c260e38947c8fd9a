/**
 * The nginx configuration in docs/nginx/hub.conf, run for real against the
 * built site: precompressed files, cache headers and security headers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security.ts';
import { OUTPUT, ROOT, SITE_DIR } from '../helpers/paths.ts';
import { freePort } from '../helpers/server.ts';

const NGINX = '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
let nginx: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is not installed (Debian: nginx-light libnginx-mod-http-brotli-static; .ci/run installs them)');
  const port = await freePort();
  const prefix = path.join(OUTPUT, 'nginx');
  mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  const server = readFileSync(path.join(ROOT, 'docs/nginx/hub.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${SITE_DIR};`);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `load_module ${BROTLI};\ndaemon off;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents {}\nhttp {\naccess_log off;\nclient_body_temp_path ${prefix};\nproxy_temp_path ${prefix};\nfastcgi_temp_path ${prefix};\nuwsgi_temp_path ${prefix};\nscgi_temp_path ${prefix};\n${server}\n}\n`,
  );
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('nginx did not start');
});
afterAll(() => {
  nginx?.kill();
});

const get = (url: string, encoding = 'identity') => fetch(`${base}${url}`, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

describe('nginx configuration', () => {
  it('serves pages with the security headers, the same policy as the pages carry', async () => {
    const response = await get('/fr/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('sends the precompressed brotli and gzip files', async () => {
    const plain = readFileSync(path.join(SITE_DIR, 'en/index.html'));
    const brotli = await get('/en/', 'br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(Number(brotli.headers.get('content-length'))).toBe(readFileSync(path.join(SITE_DIR, 'en/index.html.br')).length);
    const gzip = await get('/en/', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBeLessThan(plain.length);
  });

  it('caches hashed assets for a year and serves the WebAssembly of search with its type', async () => {
    const html = readFileSync(path.join(SITE_DIR, 'en/index.html'), 'utf8');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const asset = await get(css);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
    const wasm = await get('/pagefind/wasm.en.pagefind');
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers unknown addresses with the 404 page', async () => {
    const response = await get('/en/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>');
  });
});
