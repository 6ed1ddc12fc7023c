// The options page in the production build: an organisation pack written there (a staff name allowed, a
// custom term flagged) changes what a draft on a site shows as soon as it is saved; its exported file passes
// the CLI's `pack validate`; a malformed pack file is refused with every problem's JSON path and changes
// nothing; the audit log lists entries and exports them without any draft text; and under the
// organisation's lock (a Chromium managed-policy file) the page says so and its controls are disabled.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEditor, launchWithExtension, openFixture, serveFixtures, waitForComposer, type ExtensionSession } from './harness';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin/phi-guard.mjs');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'phi-guard-options-test.json');
const PACK_ID = 'org.local.policy';

// Made up for this test. None of these words may appear in an audit export.
const STAFF_NAME = 'Dr Anneliese Brandvold';
const TERM = 'Project Kestrelwing';
const DRAFT = `Loved the talk by ${STAFF_NAME} on ${TERM} today`;
const DRAFT_WORDS = ['Brandvold', 'Anneliese', 'Kestrelwing', 'Loved the talk'];

let downloads: string;

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'phi-guard-options-'));
  // `pack validate` runs the bundled CLI, as an admin would after `npm install`.
  if (!existsSync(join(ROOT, 'dist/cli/phi-guard.mjs'))) await run(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
});

afterAll(async () => {
  await rm(POLICY_FILE, { force: true });
  await rm(downloads, { recursive: true, force: true });
});

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'PHI Guard options' }).waitFor();
  return page;
}

/** Clicks `button` and saves the file it downloads; returns the file's path. */
async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return save(file);
}

async function save(file: Download): Promise<{ path: string; name: string }> {
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** Every range the page's PHI Guard highlights cover (the focus highlight aside). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name !== 'phi-guard-focus').flatMap(([, h]) => [...h].map((r) => (r as Range).toString())),
  );
}

/** Types the draft into a fresh X composer and waits until the highlights include `expected`. */
async function typeDraft(session: ExtensionSession, expected: string): Promise<string[]> {
  const page = await openFixture(session.context, 'https://x.com/home');
  try {
    await waitForComposer(page, 'x-home');
    await fixtureEditor(page, 'x-home').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toContain(expected);
    return await highlighted(page);
  } finally {
    await page.close();
  }
}

describe('options page, not managed', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    await rm(POLICY_FILE, { force: true });
    session = await launchWithExtension();
    await serveFixtures(session.context);
    page = await openOptions(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('authors a pack that allows a staff name and flags a custom term, in use as soon as it is saved', async () => {
    // The baseline reports the name as a person's name before the pack exists.
    expect(await typeDraft(session, STAFF_NAME)).not.toContain(TERM);

    await page.getByTestId('allow-staffNames').fill(STAFF_NAME);
    await page.getByTestId('term-rule-id').fill('org.project-names');
    await page.getByTestId('term-rule-terms').fill(TERM);
    await page.getByTestId('term-rule-message').fill('Internal project names stay internal');
    await page.getByTestId('term-rule-explanation').fill('Communications policy 2.4');
    await page.getByTestId('add-term-rule').click();
    await page.getByTestId('rule-search').fill('kestrelwing');
    await expect.poll(() => page.getByTestId('rules-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('save-pack').click();
    await expect.poll(() => page.getByTestId('save-notice').textContent()).toContain('Saved version 1');
    await expect.poll(() => page.getByTestId(`pack-row-${PACK_ID}`).getByTestId('pack-version').textContent()).toBe('1');

    const words = await typeDraft(session, TERM);
    expect(words.some((w) => w.includes('Brandvold'))).toBe(false);
  });

  it('exports the saved pack as a file the CLI validates', async () => {
    const file = await download(page, `export-pack-${PACK_ID}`);
    expect(file.name).toBe(`${PACK_ID}-v1.json`);
    const { stdout } = await run(process.execPath, [CLI, 'pack', 'validate', file.path], { cwd: ROOT });
    expect(stdout).toContain(`valid pack ${PACK_ID} version 1`);
    const pack = JSON.parse(await readFile(file.path, 'utf8')) as { extends: string; allowLists: { staffNames: string[] } };
    expect(pack).toMatchObject({ extends: 'phi-guard.baseline', allowLists: { staffNames: [STAFF_NAME] } });
  });

  it('refuses a malformed pack file, listing each problem with its JSON path, and keeps the active pack', async () => {
    const malformed = {
      format: 'phi-guard.pack/1',
      id: PACK_ID,
      name: 'Broken',
      version: 'two',
      publishedAt: 'yesterday',
      publisher: { name: 'Example Health' },
      rules: [{ id: 'org.broken', category: 'policy', type: 'promotion', severity: 'loud', message: 'm', explanation: 'e' }],
    };
    await page.getByTestId('import-pack').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(malformed)) });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.textContent();
    for (const path of ['version', 'publishedAt', 'rules[0].severity', 'rules[0].match']) expect(text).toContain(path);
    expect(await page.getByTestId(`pack-row-${PACK_ID}`).getByTestId('pack-version').textContent()).toBe('1');
    expect(await page.getByTestId('packs-table').locator('tbody tr').count()).toBe(2);
    expect(await typeDraft(session, TERM)).toContain(TERM);
  });

  it('lists audit entries and exports them as CSV and JSON without any draft text', async () => {
    await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('audit-table').textContent()).toContain('org.project-names');

    const csv = await readFile((await download(page, 'audit-export-csv')).path, 'utf8');
    const json = await readFile((await download(page, 'audit-export-json')).path, 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('seq,time,kind,ruleId,type,severity,category,site,surface,reason,valueHash');
    const entries = JSON.parse(json) as { ruleId: string; site?: string }[];
    expect(rows).toHaveLength(entries.length);
    expect(entries).toContainEqual(expect.objectContaining({ ruleId: 'org.project-names', site: 'x' }));
    for (const word of DRAFT_WORDS) {
      expect(csv).not.toContain(word);
      expect(json).not.toContain(word);
    }

    await page.getByTestId('audit-rule').selectOption('org.project-names');
    const filtered = JSON.parse(await readFile((await download(page, 'audit-export-json')).path, 'utf8')) as { ruleId: string }[];
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered.map((e) => e.ruleId))).toEqual(new Set(['org.project-names']));
  });
});

describe('options page under the organisation lock', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    const policy = { lock: true, disabledSites: ['facebook'] };
    await mkdir(POLICY_DIR, { recursive: true });
    // Written before launch: Chromium reads policy files at start-up.
    const id = 'ooegekdpbnhnenmpjcjbkieofkhobolh';
    await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
    session = await launchWithExtension();
    expect(session.extensionId).toBe(id);
    page = await openOptions(session);
  });

  afterAll(async () => {
    await session?.close();
    await rm(POLICY_FILE, { force: true });
  });

  it('shows the banner with what is managed, and disables the controls that could weaken the checks', async () => {
    const banner = page.getByTestId('managed-banner');
    await banner.waitFor();
    expect(await banner.getByRole('heading').textContent()).toBe('Managed by your organisation');
    expect(await banner.textContent()).toContain('Sites never checked');

    expect(await page.getByTestId('authoring').getAttribute('disabled')).not.toBeNull();
    for (const id of ['save-pack', 'add-term-rule', 'allow-staffNames', 'rule-search', 'import-pack', 'master-switch', 'site-facebook', 'site-x']) {
      expect(await page.getByTestId(id).isDisabled(), id).toBe(true);
    }
    expect(await page.getByTestId('site-facebook').isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /^Rule phi\.ssn on$/ }).isDisabled()).toBe(true);
    // Reading and exporting stay open.
    expect(await page.getByTestId(`export-pack-phi-guard.baseline`).isEnabled()).toBe(true);
  });
});
