import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium; the UI tests drive it with playwright-core and need no browser download. */
export const CHROMIUM = process.env.ALIQUOT_CHROMIUM ?? '/usr/bin/chromium';
const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Starts headless Chromium, or fails at once with what to install or build when something is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (or set ALIQUOT_CHROMIUM)`,
    );
  }
  if (!existsSync(DIST_INDEX)) {
    throw new Error(`the web app is not built (${DIST_INDEX} is missing): run \`npm run build\` first`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 20_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page whose waits give up after 15 s, so a missing element fails the test instead of hanging. */
export async function newPage(browser: Browser, size = { width: 1280, height: 860 }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(15_000);
  return page;
}

/**
 * Writes docs/screenshots/<name>.png (overwritten each run). For the whole page the viewport grows to
 * the page's height, so the fixed header stays at the top instead of being stitched into the middle.
 */
export async function screenshot(page: Page, name: string, wholePage = true): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize();
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  if (wholePage && viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    // Let the shell lay itself out again for the taller window (its navbar is sized by the viewport).
    await page.waitForTimeout(150);
  }
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
  if (viewport) await page.setViewportSize(viewport);
}

/** Signs in through the login screen and waits for the app shell. */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-user').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/**
 * Counts the dark pixels of the barcode canvas: a drawn Code 128 has many, a blank canvas none.
 * Runs in the page, so it is written as page script rather than Node code.
 */
export async function barcodeInk(page: Page): Promise<{ width: number; height: number; dark: number }> {
  return page.evaluate<{ width: number; height: number; dark: number }>(`(() => {
    const canvas = document.querySelector('[data-testid="barcode"]');
    if (!canvas || !canvas.width) return { width: 0, height: 0, dark: 0 };
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] < 80) dark++;
    return { width: canvas.width, height: canvas.height, dark };
  })()`);
}

const FAILURES = fileURLToPath(new URL('../../../test-results/web-e2e/', import.meta.url));

/** After a failed step: what the page showed, in test-results/web-e2e/ (not committed). */
export async function screenshotFailure(page: Page | undefined, testName: string): Promise<void> {
  if (!page || page.isClosed()) return;
  await mkdir(FAILURES, { recursive: true });
  const file = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  await page.screenshot({ path: `${FAILURES}${file}.png`, fullPage: true }).catch(() => undefined);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What axe-core found wrong, one line each: rule, impact, the elements and how to fix it. */
export interface AccessibilityFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA: labels, names, roles, contrast) on the page as it is now and
 * returns the serious and critical findings.
 */
export async function accessibilityFindings(page: Page): Promise<AccessibilityFinding[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate<AccessibilityFinding[]>(`(async () => {
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  })()`);
}

/** Fails with one line per serious or critical accessibility finding on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const findings = await accessibilityFindings(page);
  const lines = findings.map((f) => `${f.impact} ${f.rule}: ${f.help} — ${f.targets.join(', ')}`);
  expect(lines, `accessibility findings on ${page.url()}`).toEqual([]);
}
