/**
 * Offline copy only (a classic script, loaded before Pagefind). Browsers
 * refuse fetch() and workers on file:// pages, so the search index ships as
 * small classic scripts that hand over their bytes, and this answers
 * Pagefind's fetches of its files from them. (Pagefind runs without a worker
 * everywhere: the search page asks it to, see ui.ts.)
 */
type Waiter = (bytes: Uint8Array) => void;

const form = document.querySelector<HTMLFormElement>('#search');
const folder = new URL('.', new URL(form?.dataset['pagefind'] ?? 'pagefind/pagefind.js', document.baseURI));
const files = new Map<string, Uint8Array>();
const waiting = new Map<string, Waiter[]>();
const nativeFetch = globalThis.fetch.bind(globalThis);

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Called by each wrapped index file: hubSearchFile("index/fr_1a2b.pf_index", "<base64>"). */
function register(name: string, base64: string): void {
  const bytes = decode(base64);
  files.set(name, bytes);
  for (const resolve of waiting.get(name) ?? []) resolve(bytes);
  waiting.delete(name);
}

function load(name: string): Promise<Uint8Array> {
  const known = files.get(name);
  if (known) return Promise.resolve(known);
  return new Promise((resolve, reject) => {
    const queue = waiting.get(name);
    if (queue) {
      queue.push(resolve);
      return;
    }
    waiting.set(name, [resolve]);
    const script = document.createElement('script');
    script.src = new URL(`${name}.js`, folder).href;
    script.onerror = () => reject(new Error(`Search file ${name} is missing from this copy`));
    document.head.append(script);
  });
}

Object.assign(globalThis, {
  hubSearchFile: register,
  async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.href.startsWith(folder.href)) return nativeFetch(input, init);
    const name = decodeURIComponent(url.pathname.slice(folder.pathname.length));
    return load(name).then(
      (bytes) =>
        new Response(bytes as Uint8Array<ArrayBuffer>, {
          headers: {
            'content-type': name.endsWith('.pagefind') ? 'application/wasm' : name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
          },
        }),
    );
  },
});
