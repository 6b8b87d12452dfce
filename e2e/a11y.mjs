// Accessibility and layout helpers for the journeys of e2e/ux.test.mjs: axe-core injected from
// node_modules (no third-party request), pages at the two widths the issue names, screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { instrument } from './harness.mjs';

export const SCREENSHOTS = path.resolve('e2e/screenshots');
export const AXE = path.resolve('node_modules/axe-core/axe.min.js');
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens the app at a viewport in a fresh context. `bypassCSP` lets axe-core's source be added as a
 * script tag (the page's CSP allows no inline script; the CSP itself is tested in security.test.mjs).
 * `clipboard`: 'grant' grants clipboard permissions, 'deny' makes every clipboard write reject.
 */
export async function openAt(browser, url, viewport, { clipboard } = {}) {
  const context = await browser.newContext({ viewport, bypassCSP: true, acceptDownloads: true });
  if (clipboard === 'grant') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  if (clipboard === 'deny') {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')), readText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
  }
  const page = await context.newPage();
  instrument(page);
  const errors = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('#paste');
  return { page, context, errors, requests };
}

/** Runs axe-core on the page (WCAG 2.x A/AA and best practices) and returns its violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Saves a full-page screenshot under e2e/screenshots/. */
export async function shot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Whether the page scrolls sideways. */
export function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
