import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  TEST_PASSWORD,
  seedHeldWorklist,
  credentialForRelease,
  startTestLab,
  type TestLab,
} from '@aliquot/testkit';
import { launchChromium, newPage, screenshot, screenshotFailure, signIn } from './browser.js';

const SPECIMENS = 2_500;
const PER_SPECIMEN = 4;
const HELD = SPECIMENS * PER_SPECIMEN + 1; // and the critical potassium
/** More rows in the page than this means the list is not virtualised. */
const MAX_ROWS_IN_DOM = 60;
/** The test id of the element that has the focus (page script). */
const FOCUSED = "document.activeElement && document.activeElement.getAttribute('data-testid')";
const FOCUSED_LABEL = "document.activeElement && document.activeElement.labels?.[0]?.textContent || ''";
const ROWS_IN_DOM = `document.querySelectorAll('[role="grid"] [role="row"]:not(.review-header)').length`;

/**
 * The review worklist at scale, in Chromium: a critical potassium entered through the API and ten
 * thousand held results written straight into the test lab's database. Releasing the critical one from
 * the keyboard asks for a confirming comment first; the ten thousand rows load page by page and scroll
 * with only a screenful of rows in the page. (Timings are in bench/web-worklist.bench.mjs, not here.)
 */
describe('the review worklist with ten thousand held results, in Chromium', { timeout: 180_000 }, () => {
  let lab: TestLab<'mls' | 'sup'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mls: ['mls'], sup: ['supervisor'] } });
    page = await newPage(browser);
    await credentialForRelease(lab, 'sup', 'mls', ['chemistry']);
    const patient = await lab.api<{ id: string }>('mls', '/api/patients', {
      body: {
        mrn: 'MRN-SCALE-1',
        familyName: 'Achterberg',
        givenName: 'Tomas',
        birthDate: '1958-02-11',
        clinicalSex: 'male',
      },
    });
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('mls', '/api/orders', {
      body: { patientId: patient.body.id, orderables: ['K'], priority: 'stat' },
    });
    accession = order.body.specimens[0]!.accessionNumber;
    await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-SCALE-1', birthDate: '1958-02-11' },
    });
    await lab.api('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 6.9 } },
    });
    const seeded = await seedHeldWorklist(lab.database.db, {
      specimens: SPECIMENS,
      perSpecimen: PER_SPECIMEN,
    });
    expect(seeded.results).toBe(HELD - 1);
  }, 150_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('loads every page of the queue: ten thousand and one held results', async () => {
    await signIn(page, lab.url, 'mls', TEST_PASSWORD);
    await page.goto(`${lab.url}/review`);
    await page.getByRole('grid', { name: 'Held results' }).waitFor();
    await page.getByText(`${HELD} held results on ${SPECIMENS + 1} specimens`).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(HELD + 1));
    expect(await page.evaluate<number>(ROWS_IN_DOM)).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    // The queue's pages split one order: every specimen once, though ten thousand were stored at once.
    const seen: string[] = [];
    for (let offset = 0; offset < SPECIMENS + 1; offset += 500) {
      const reply = await lab.api<{ items: { accessionNumber: string }[] }>(
        'mls',
        `/api/review/queue?limit=500&offset=${offset}`,
      );
      seen.push(...reply.body.items.map((s) => s.accessionNumber));
    }
    expect(new Set(seen).size).toBe(SPECIMENS + 1);
  });

  it('R on a potassium held as critical asks for a confirming comment: Escape cancels and gives the row its focus back', async () => {
    const k = page.getByTestId(`review-row-${accession}-K`);
    expect(await k.getAttribute('aria-rowindex')).toBe('2'); // STAT first
    expect(await k.textContent()).toMatch(/critical/i);
    await k.focus();
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: `Confirm release: K of ${accession}` });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED_LABEL)).toMatch(/^Confirming comment/);
    expect(await dialog.textContent()).toMatch(/critical/i);
    await screenshot(page, 'review-release-confirm', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate<string | null>(FOCUSED)).toBe(`review-row-${accession}-K`);
    expect(await k.isVisible()).toBe(true);
  });

  it('Enter with the comment releases it, and the comment is the release’s reason', async () => {
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: `Confirm release: K of ${accession}` });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    expect(await dialog.getByText('Say why the result may go out').isVisible()).toBe(true);
    await page.keyboard.type('Called to Dr Osei; matches the clinical picture');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 result released.' }).waitFor({ timeout: 60_000 });
    await page.getByTestId(`review-row-${accession}-K`).waitFor({ state: 'detached', timeout: 60_000 });
    const timeline = await lab.api<{ analyses: { testCode: string; results: { id: string }[] }[] }>(
      'mls',
      `/api/specimens/${accession}`,
    );
    const id = timeline.body.analyses.find((a) => a.testCode === 'K')?.results[0]?.id;
    const why = await lab.api<{
      status: string;
      release: { reason: string | null; releasedBy: string } | null;
    }>('mls', `/api/results/${id}/decision`);
    expect(why.body.status).toBe('final');
    expect(why.body.release).toMatchObject({
      releasedBy: 'mls',
      reason: 'Called to Dr Osei; matches the clinical picture',
    });
  });

  it('End reaches the last of ten thousand rows with only a screenful of rows in the page', async () => {
    const total = HELD - 1;
    await page.getByText(`${total} held results on ${SPECIMENS} specimens`).waitFor({ timeout: 60_000 });
    await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').focus();
    await page.keyboard.press('End');
    const last = page.locator(`[role="grid"] [role="row"][aria-rowindex="${total + 1}"]`);
    await last.waitFor();
    await expect
      .poll(() => page.evaluate<string | null>(FOCUSED))
      .toBe(await last.getAttribute('data-testid'));
    expect(await page.evaluate<number>(ROWS_IN_DOM)).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('PageUp');
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement.getAttribute("aria-rowindex")'))
      .toBe(String(total + 1 - 9));
    await screenshot(page, 'review-scale', false);
  });

  it('the wheel scrolls from the top to the last row, the page never holding more than a screenful', async () => {
    const total = HELD - 1;
    await page.keyboard.press('Home');
    const grid = page.getByRole('grid', { name: 'Held results' });
    await expect
      .poll(() => page.evaluate<number>(`document.querySelector('[role="grid"]').scrollTop`))
      .toBe(0);
    const box = await grid.boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const atEnd = `(() => { const g = document.querySelector('[role="grid"]');
      return g.scrollTop + g.clientHeight >= g.scrollHeight - 2; })()`;
    let most = 0;
    for (let step = 0; step < 400 && !(await page.evaluate<boolean>(atEnd)); step++) {
      await page.mouse.wheel(0, 12_000);
      most = Math.max(most, await page.evaluate<number>(ROWS_IN_DOM));
    }
    expect(await page.evaluate<boolean>(atEnd)).toBe(true);
    await page.locator(`[role="grid"] [role="row"][aria-rowindex="${total + 1}"]`).waitFor();
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });
});
