import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
  signOut,
} from './browser.js';

const CASES = 4;
/** The test id of the element that has the focus (page script). */
const FOCUSED = "document.activeElement && document.activeElement.getAttribute('data-testid')";

/**
 * Training mode in Chromium: a technologist starts a sandbox session of four simulated specimens, reads
 * each case (patient, tube, serum indices, results with flags, previous values and deltas, analyzer
 * flags), decides with a comment, reads the feedback against what really happened and sees the score;
 * then the supervisor, as educator, finds the session among the trainees' and reads it with the comments.
 */
describe('training mode, in Chromium', { timeout: 120_000 }, () => {
  let lab: TestLab<'trainee' | 'educator'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { trainee: ['mlt'], educator: ['supervisor'] } });
    page = await newPage(browser);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('a trainee picks a scenario and starts a session of four cases in the sandbox', async () => {
    await signIn(page, lab.url, 'trainee', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Training/ })
      .click();
    const form = page.getByRole('form', { name: 'Start a training session' });
    await form.waitFor();
    expect(await form.getByLabel('Scenario').locator('option').count()).toBeGreaterThan(1);
    await form.getByLabel('Scenario').selectOption('default');
    await form.getByLabel('Cases').fill(String(CASES));
    await screenshot(page, 'training-start');
    await form.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('heading', { name: /^Training: / }).waitFor();
    expect(await page.getByText('Sandbox: no patient record is touched').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Cases' }).getByRole('button').count()).toBe(CASES);
    const first = page.getByRole('region', { name: 'Case 01' });
    await first.waitFor();
    expect(await first.getByRole('table', { name: 'Results' }).getByRole('row').count()).toBeGreaterThan(1);
    expect(await first.textContent()).toMatch(/collected .* ago/);
    await screenshot(page, 'training-case');
    await expectAccessible(page);
  });

  it('each decision with its comment is graded against the truth, and the score shows at the end', async () => {
    for (let n = 1; n <= CASES; n++) {
      const id = String(n).padStart(2, '0');
      await page.getByRole('region', { name: `Case ${id}` }).waitFor();
      await page.getByLabel('Comment').fill(`Case ${id}: looked at the indices and the delta`);
      if (n === 2) {
        // The letters decide from the form's buttons: U is a rerun.
        await page.getByRole('button', { name: 'Release' }).focus();
        await page.keyboard.press('u');
      } else {
        await page.getByRole('button', { name: n === 1 ? 'Release' : 'Reject specimen' }).click();
      }
      const verdict = page.getByTestId('training-verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toMatch(/^(Correct|Defensible|Not right)/);
      expect(await page.getByLabel('Feedback').textContent()).toMatch(/What happened:.*Consequence:/s);
      expect(await page.getByLabel('Feedback').textContent()).toContain(`Case ${id}: looked at`);
      expect(await page.evaluate<string | null>(FOCUSED)).toBe('training-verdict');
      if (n === 1) await screenshot(page, 'training-feedback');
      if (n < CASES) await page.getByRole('button', { name: /^Next case/ }).click();
    }
    await page.getByRole('status').filter({ hasText: 'Every case is decided' }).waitFor();
    const score = page.getByRole('region', { name: 'Score' });
    expect(await score.textContent()).toMatch(/Correct/);
    expect(await page.getByText(`${CASES} of ${CASES} cases decided`).isVisible()).toBe(true);
    await screenshot(page, 'training-score');
    await expectAccessible(page);

    const mine = await lab.api<{ items: { score: { decided: number } }[] }>(
      'trainee',
      '/api/training/sessions',
    );
    expect(mine.body.items.map((s) => s.score.decided)).toEqual([CASES]);
  });

  it('the educator sees the trainee’s session and score, and reads each case with its comment', async () => {
    await signOut(page);
    await signIn(page, lab.url, 'educator', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Training/ })
      .click();
    const all = page.getByRole('table', { name: 'Trainees’ sessions' });
    await all.waitFor();
    const row = all.getByTestId('training-session-trainee');
    expect(await row.textContent()).toMatch(new RegExp(`${CASES} of ${CASES}`));
    await screenshot(page, 'training-educator');
    await row.getByRole('link').click();
    await page.getByText('trainee’s session').waitFor();
    await page.getByRole('region', { name: 'Score' }).waitFor();
    expect(await page.getByLabel('Feedback').textContent()).toContain('Case 01: looked at');
    expect(await page.getByRole('button', { name: 'Release' }).count()).toBe(0);
    await page
      .getByRole('navigation', { name: 'Cases' })
      .getByRole('button', { name: /^Case 02/ })
      .click();
    expect(await page.getByLabel('Feedback').textContent()).toMatch(/You chose Rerun/);
    await expectAccessible(page);
  });
});
