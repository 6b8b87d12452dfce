// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1 with Python's http.server, launch
// Debian's Chromium through playwright-core, and record every request the page makes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const FIXTURES = path.resolve('tests/fixtures');
export const SHOTS = path.resolve('target/e2e');

/** Serves `dist/` at http://127.0.0.1:PORT/ and, to prove sub-path hosting works, at /sub/forcetls/. */
export async function serve(port) {
  mkdirSync(SHOTS, { recursive: true });
  const root = mkdtempSync(path.join(tmpdir(), 'forcetls-e2e-'));
  mkdirSync(path.join(root, 'sub'));
  symlinkSync(path.resolve('dist'), path.join(root, 'sub', 'forcetls'));
  for (const f of ['index.html']) symlinkSync(path.resolve('dist', f), path.join(root, f));
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', path.resolve('dist')], { stdio: 'ignore' });
  const sub = spawn('python3', ['-m', 'http.server', String(port + 1), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok && (await fetch(`http://127.0.0.1:${port + 1}/sub/forcetls/`)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, subBase: `http://127.0.0.1:${port + 1}/sub/forcetls/`, stop: () => { server.kill(); sub.kill(); } };
}

/** Launches Debian's Chromium headless; never downloads a browser. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Keeps the page's console (the page's and its workers') with the time of each message, and makes
 * a failed wait of the page say what the page logged and showed: a wait that times out otherwise
 * tells nothing of why the answer never came (an unanswered request is logged by src/ui/worker.rs).
 */
export function instrument(page) {
  const started = Date.now();
  const log = [];
  const note = (line) => { log.push(`+${Date.now() - started} ms ${line}`); if (log.length > 200) log.shift(); };
  page.on('console', (m) => note(`${m.worker() ? 'worker' : 'page'} ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => note(`page error: ${e}`));
  page.on('worker', (w) => { note(`worker started: ${w.url()}`); w.on('close', () => note('worker closed')); });
  page.on('requestfailed', (r) => note(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('crash', () => note('page crashed'));
  for (const name of ['waitForSelector', 'waitForFunction']) {
    const wait = page[name].bind(page);
    page[name] = async (...args) => {
      try {
        return await wait(...args);
      } catch (e) {
        const shown = await page.evaluate(() => ({ panic: document.querySelector('#panic')?.textContent, summary: document.querySelector('#summary')?.textContent })).catch(() => ({}));
        const why = `\n  the page showed: ${JSON.stringify(shown)}\n  its console:\n    ${log.join('\n    ') || '(nothing)'}`;
        // The test runner prints the stack, which was made with the message: both get the account.
        e.message += why;
        if (typeof e.stack === 'string') e.stack += why;
        throw e;
      }
    };
  }
  return log;
}

/**
 * Opens the app in a new page and waits until Yew has mounted. Every request and every console
 * error (including CSP violations) is recorded on the returned object.
 */
export async function open(browser, url, { locale = 'en-US' } = {}) {
  // The browser's language decides the page's language (navigator.languages): English unless a test asks.
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale });
  const requests = [];
  const errors = [];
  instrument(page);
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('#paste');
  return { page, requests, errors };
}

/** Puts text into a text box as a user's paste would (one input event). */
export async function fill(page, selector, text) {
  await page.evaluate(([s, t]) => {
    const area = document.querySelector(s);
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [selector, text]);
}

/** Pastes text into the main paste box. */
export function paste(page, text) {
  return fill(page, '#paste', text);
}

/** The text of one row of the n-th (0-based) certificate card, by the row's stable key (`subject`, `sha1`, …). */
export function field(page, n, key) {
  return page.textContent(`.cert[data-index="${n}"] dd[data-key="${key}"]`);
}
