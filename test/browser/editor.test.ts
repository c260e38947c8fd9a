/**
 * The browser editor (npm run edit), driven through its real interface in
 * Chromium: a publisher creates a best practice, is refused a save with a
 * mistake and reads the hub's message, and brings a stale French translation
 * up to date, side by side with the English.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchRequests } from '../helpers/browser.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { OUTPUT, ROOT } from '../helpers/paths.ts';
import { freePort } from '../helpers/server.ts';
import { runCli } from '../helpers/run.ts';

const SHOTS = path.join(OUTPUT, 'editor');
const SLUG = 'solar-water-pumps-in-nepal';
const TITLE = 'Solar water pumps in Nepal';

interface Row {
  folder: string;
  revision: string;
  states: Record<string, string>;
}
const rows = (dir: string): Row[] => JSON.parse(runCli('translations', ['--json'], { HUB_CONTENT_DIR: dir }).stdout) as Row[];

const session = {} as { dir: string; editor: ChildProcess; output: string; editorUrl: string; previewUrl: string; browser: Browser; page: Page };

async function waitFor(check: () => Promise<boolean> | boolean, what: string, tries = 120): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}\n${session.output}`);
}

/** Each step in a page of its own, so that nothing left unsaved by an earlier one gets in the way. */
async function freshPage(): Promise<{ page: Page; dir: string }> {
  await session.page.close();
  session.page = await session.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  return { page: session.page, dir: session.dir };
}

/** An address of the editor; the local backend asks for no password, only a click on Login. */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${session.editorUrl}#${route}`);
  const login = page.getByRole('button', { name: /login/i });
  await login.waitFor({ timeout: 10_000 }).then(
    () => login.click(),
    () => undefined,
  );
}

const shot = (name: string) => session.page.screenshot({ path: path.join(SHOTS, name) });

/** A react-select of Decap: open it, type, pick the option offered. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const field = page.locator(`[id$="-field-${await fieldNumber(page, label)}"]`).first();
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Decap labels its controls "<name>-field-<n>": the n of the first pane's field with this label. */
async function fieldNumber(page: Page, label: string): Promise<string> {
  const forId = await page
    .locator('label', { hasText: new RegExp(`^${label}( \\(optional\\))?$`, 'i') })
    .first()
    .getAttribute('for');
  return /-field-(\d+)$/.exec(forId ?? '')![1]!;
}

const input = async (page: Page, label: string) =>
  page.locator(
    `#${(await page
      .locator('label', { hasText: new RegExp(`^${label}( \\(optional\\))?$`, 'i') })
      .first()
      .getAttribute('for'))!}`,
  );

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByText('Publish now').click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session.dir = contentWith();
  const [sitePort, editorPort] = [await freePort(), await freePort()];
  // The test runner's own variables (NODE_ENV=test, VITEST…) would change how the preview server behaves.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  session.output = '';
  // As `npm run edit` runs it, in its own process group, so that Ctrl-C (SIGINT to the group) reaches it as from a terminal.
  session.editor = spawn(process.execPath, ['src/cli/hub.cjs', 'edit.ts'], {
    cwd: ROOT,
    detached: true,
    env: { ...env, HUB_CONTENT_DIR: session.dir, HUB_PORT: String(sitePort), HUB_EDITOR_PORT: String(editorPort), NO_COLOR: '1' },
  });
  session.editor.stdout!.on('data', (chunk: Buffer) => (session.output += chunk.toString()));
  session.editor.stderr!.on('data', (chunk: Buffer) => (session.output += chunk.toString()));
  await waitFor(() => /Hub editor: +(\S+)/.test(session.output), 'the editor to start');
  session.editorUrl = /Hub editor: +(\S+)/.exec(session.output)![1]!;
  session.previewUrl = /Preview: +(\S+?)\/en\//.exec(session.output)![1]!;
  session.browser = await launchChromium();
  session.page = await session.browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 120_000);

const running = () => session.editor?.pid !== undefined && session.editor.exitCode === null && session.editor.signalCode === null;

afterAll(async () => {
  await session.browser?.close();
  if (running()) {
    const exited = new Promise((resolve) => session.editor.once('exit', resolve));
    process.kill(-session.editor.pid!, 'SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (running()) process.kill(-session.editor.pid!, 'SIGKILL');
  }
});

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );

describe('npm run edit', () => {
  it('prints the editor and preview addresses, both on this computer', () => {
    expect(session.editorUrl).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(session.previewUrl).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('creates a best practice through the editor, which the hub checks, builds and previews', async () => {
    const { page, dir } = session;
    const requests = watchRequests(page, 'http://localhost:');
    await open(page, '/');
    await page.getByRole('link', { name: 'Best practices' }).first().waitFor();
    await page.getByText('Example practice').waitFor();
    await shot('editor-list.png');

    await page.getByRole('link', { name: /create entry of type best practice/i }).click();
    await (await input(page, 'Title')).fill(TITLE);
    await (await input(page, 'Summary')).fill('Solar-powered pumps bring drinking water to hill villages, monitored over a low-power network.');
    await choose(page, 'Kind of best practice', 'Deploy', /^Deployment/);
    await choose(page, 'Country categories', 'Least', 'Least developed countries');
    await choose(page, 'Country categories', 'Landlocked', 'Landlocked developing countries');
    await choose(page, 'Sectors', 'Energy', 'Energy');
    await choose(page, 'Countries', 'Nep', 'Nepal (NPL)');
    await (await input(page, 'Publisher')).fill('Example Water Agency');
    // The title of the source, in the list of sources (the list starts with one, open).
    const sourceTitle = page
      .locator('[aria-label="list field"]')
      .first()
      .locator('label', { hasText: /^Title$/ })
      .first();
    await page.locator(`#${(await sourceTitle.getAttribute('for'))!}`).fill('Rural water supply report 2024');
    await (await input(page, 'Year')).fill('2024');
    await (await input(page, 'Address \\(https://…\\)')).fill('https://www.example.org/water-report');
    const body = page.locator('[data-slate-editor="true"]').first();
    await body.click();
    await page.keyboard.type('Pumps were installed in 40 villages.');
    await publish(page);

    const folder = path.join(dir, 'best-practices', SLUG);
    await waitFor(() => existsSync(path.join(folder, 'en.mdx')), 'the files to be written');
    const facts = parse(readFileSync(path.join(folder, 'resource.yaml'), 'utf8')) as Record<string, unknown>;
    expect(facts).toMatchObject({
      kind: 'deployment',
      categories: ['ldc', 'lldc'],
      sectors: ['energy'],
      countries: ['NPL'],
      licence: 'CC-BY-4.0',
      sources: [{ title: 'Rural water supply report 2024', publisher: 'Example Water Agency', year: 2024, url: 'https://www.example.org/water-report' }],
    });
    expect(facts['published']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const english = readFileSync(path.join(folder, 'en.mdx'), 'utf8');
    expect(english).toMatch(/^---\ntitle: Solar water pumps in Nepal\nsummary: Solar-powered pumps bring drinking water/);
    expect(english).toContain('Pumps were installed in 40 villages.');
    expect(readdirSync(folder).sort()).toEqual(['en.mdx', 'resource.yaml']);
    const check = runCli('check', [], { HUB_CONTENT_DIR: dir });
    expect(check.status, check.stderr).toBe(0);

    const preview = `${session.previewUrl}/en/resources/${SLUG}/`;
    await waitFor(
      async () => (await (await fetch(preview, { signal: AbortSignal.timeout(10_000) })).text()).includes(TITLE),
      'the preview to show the new page',
    );
    // Decap's "View Live" link of the saved entry goes to that preview page.
    expect(requests.foreign).toEqual([]);
    const viewer = (await freshPage()).page;
    await open(viewer, `/collections/best-practices/entries/${SLUG}`);
    await viewer.getByText('Changes saved').waitFor();
    await viewer.getByRole('button', { name: /^published$/i }).click();
    expect(await viewer.locator('a', { hasText: 'View Live' }).getAttribute('href')).toBe(preview);
  }, 120_000);

  it('refuses a save the hub finds wrong, shows its message and writes nothing', async () => {
    const { page, dir } = await freshPage();
    const folder = path.join(dir, 'best-practices', SLUG);
    const before = readFileSync(path.join(folder, 'resource.yaml'), 'utf8');
    await open(page, `/collections/best-practices/entries/${SLUG}`);
    await (await input(page, 'Title')).waitFor();
    await (await input(page, 'Address \\(https://…\\)')).fill('http://www.example.org/water-report');
    await publish(page);
    const panel = page.locator('#hub-messages');
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain('Not saved: the hub found 1 problem');
    expect(await panel.textContent()).toContain(`best-practices/${SLUG}/resource.yaml`);
    expect(await panel.textContent()).toContain('sources[0].url: must be a full web address starting with https://');
    await shot('editor-error.png');
    expect(readFileSync(path.join(folder, 'resource.yaml'), 'utf8')).toBe(before);
    await panel.getByRole('button', { name: 'Close' }).click();
  }, 60_000);

  it('brings a stale French translation up to date beside the English', async () => {
    const { page, dir } = await freshPage();
    const folder = path.join(dir, 'organizations', 'example-org');
    const untouched = ['en.mdx', 'organization.yaml'].map((name) => readFileSync(path.join(folder, name), 'utf8'));
    expect(rows(dir).find((row) => row.folder === 'organizations/example-org')!.states['fr']).toBe('stale');
    await open(page, '/collections/organizations/entries/example-org');
    await page.getByRole('button', { name: /Writing in AR/i }).click();
    await page.getByRole('menuitem', { name: /^FR$/i }).click();
    const french = page.locator('select.hub-status-select').first();
    await expect.poll(() => french.inputValue()).toBe('stale');
    await page.getByText('The English has changed since this translation was made').waitFor();
    const summary = page.locator('textarea').nth(1);
    expect(await summary.inputValue()).toBe('Une organisation utilisée par les tests.');
    await summary.fill('Une organisation exemple, utilisée par les tests du hub.');
    await shot('editor-entry.png');
    await publish(page);

    await waitFor(() => rows(dir).find((row) => row.folder === 'organizations/example-org')!.states['fr'] === 'machine-assisted', 'the French to be saved');
    const row = rows(dir).find((candidate) => candidate.folder === 'organizations/example-org')!;
    const translation = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, 'fr.mdx'), 'utf8'))![1]!) as Record<string, unknown>;
    expect(translation).toMatchObject({
      name: 'Organisation exemple',
      summary: 'Une organisation exemple, utilisée par les tests du hub.',
      translation: { status: 'machine-assisted', sourceRevision: row.revision },
    });
    // Only the French changed: the English and the facts are left exactly as they were.
    expect(['en.mdx', 'organization.yaml'].map((name) => readFileSync(path.join(folder, name), 'utf8'))).toEqual(untouched);
    expect(runCli('check', [], { HUB_CONTENT_DIR: dir }).status).toBe(0);
  }, 60_000);

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise((resolve) => session.editor.once('exit', resolve));
    process.kill(-session.editor.pid!, 'SIGINT');
    await exited;
    await waitFor(() => session.output.includes('Stopping the editor and the preview'), 'the editor to say it stops', 20);
    // Neither the editor nor the preview answers any more.
    await waitFor(async () => !(await answers(session.editorUrl)) && !(await answers(`${session.previewUrl}/en/`)), 'both servers to stop', 20);
  }, 30_000);
});
