/**
 * npm run edit: the browser editor. Starts the preview server (as npm run
 * dev does) and the editor (Decap CMS over the hub's content layout, see
 * src/editor/), both on this computer only, prints both addresses, and stops
 * both on Ctrl-C.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
import { dev } from 'astro';
import { startEditor } from '../editor/server.ts';
import { PROJECT_ROOT, settingsOrExit } from '../settings.ts';

const { HUB_PORT, HUB_HOST: host, HUB_EDITOR_PORT, HUB_CONTENT_DIR: contentDir } = settingsOrExit();
const shown = (address: string) => (address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address);
const log = (line: string) => process.stdout.write(`[editor] ${line}\n`);

if (HUB_EDITOR_PORT === HUB_PORT) {
  process.stderr.write(`HUB_EDITOR_PORT and HUB_PORT are both ${HUB_PORT}: the editor and the preview need a port each.\n`);
  process.exit(2);
}

const site = await dev({ root: PROJECT_ROOT, server: { port: HUB_PORT, host } });
// Astro moves to the next free port when the one asked for is taken: use the one it got.
const siteUrl = `http://${host === 'localhost' ? 'localhost' : shown(host)}:${site.address.port}`;
let editor: Awaited<ReturnType<typeof startEditor>>;
try {
  editor = await startEditor({ contentDir, host, port: HUB_EDITOR_PORT, siteUrl, log });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${HUB_EDITOR_PORT} is already in use (is the editor already running?). Stop the other program, or choose another port: HUB_EDITOR_PORT=4331 npm run edit\n`
      : `The editor could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  await site.stop();
  process.exit(1);
}
const editorUrl = `http://${host === 'localhost' ? 'localhost' : shown(host)}:${HUB_EDITOR_PORT}/`;

process.stdout.write(
  `\nHub editor:   ${editorUrl}\n` +
    `Preview:      ${siteUrl}/en/\n` +
    `Content from: ${contentDir}\n\n` +
    `Open the editor address in your browser. Saved changes show in the preview at once.\nPress Ctrl-C here to stop both.\n\n`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the editor and the preview...\n');
  editor.closeAllConnections();
  await Promise.all([new Promise((resolve) => editor.close(resolve)), site.stop()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
