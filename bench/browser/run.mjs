// The browser benchmark: forcetls (through the page's own diagnosis path, window.__forcetlsBench),
// @peculiar/x509's X509ChainBuilder and PKI.js's CertificateChainValidationEngine on the same inputs
// in the same headless Chromium. Writes target/bench/browser.{md,json} (--name); docs/performance.md explains it.
//
//   node bench/browser/run.mjs [--iterations N] [--warmup W] [--port P] [--dist DIR] [--forcetls-only] [--name NAME]
//
// Run it through scripts/bench-browser.sh, which builds dist/ first. Exits non-zero when a library
// fails on an input or its verdicts differ from forcetls's; it never judges speed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../../e2e/harness.mjs';
import { importMap } from './importmap.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const OUT = path.join(ROOT, 'target/bench');
const ALL_LIBRARIES = ['@peculiar/x509', 'PKI.js'];
const fixture = (name) => readFileSync(path.join(ROOT, 'tests/fixtures', name), 'utf8');
// 2026-06-01T12:00:00Z: the test PKI's chains verify then (tests/fixtures/README.md).
const TEST_PKI_AT = 1780315200;

/** The inputs: each library gets the same text, trust anchors and evaluation time. */
const INPUTS = [
  { id: 'chain-3', title: '3-certificate chain (test PKI, RSA)', text: fixture('chain-rsa.pem'), roots: fixture('root-rsa.pem'), at: TEST_PKI_AT },
  { id: 'real-chain-3', title: 'real 3-certificate chain (cloudflare-dns.com, DigiCert, ECDSA + RSA)', text: fixture('public/cloudflare-dns-chain.pem'), roots: fixture('public/digicert-global-root-ca.pem'), at: 1663495771 },
  { id: 'bundle-150', title: '150-certificate bundle (self-signed P-256)', text: fixture('bundle-150.pem'), roots: fixture('root-rsa.pem'), at: TEST_PKI_AT },
];

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    // A port no e2e test file serves on (they use E2E_PORT + 0, 1, 5, 6, 10, 11, …, 90, 91 and 95), so both can run at once.
    port: { type: 'string', default: String(Number(process.env.E2E_PORT || 8123) + 75) },
    // Another build to measure (e.g. an experiment's dist/); the default is the release in dist/.
    dist: { type: 'string', default: 'dist' },
    // Measure forcetls alone (to compare builds quickly); the verdicts are then not cross-checked.
    'forcetls-only': { type: 'boolean', default: false },
    // The results' file names under target/bench/: NAME.md and NAME.json.
    name: { type: 'string', default: 'browser' },
  },
});
const ITERATIONS = Math.max(1, Number(args.iterations));
const LIBRARIES = args['forcetls-only'] ? [] : ALL_LIBRARIES;
const WARMUP = Math.max(1, Number(args.warmup));
// Libraries take turns in blocks, so drift on a shared machine hits them alike.
const BLOCK = Math.max(1, Math.min(5, Math.ceil(ITERATIONS / 6)));

/** Serves dist/ at /, the JavaScript libraries' page at /bench/ and node_modules, with scripts/static_server.py. */
async function serve(port) {
  const site = path.join(OUT, 'site');
  mkdirSync(site, { recursive: true });
  const map = importMap(ROOT, ['pkijs'], '/node_modules/');
  const template = readFileSync(path.join(ROOT, 'bench/browser/index.html'), 'utf8');
  const json = JSON.stringify({ imports: map.imports, scopes: map.scopes }, null, 2);
  writeFileSync(path.join(site, 'index.html'), template.replace('<!-- IMPORT MAP -->', `<script type="importmap">\n${json}\n</script>`));
  const server = spawn('python3', [path.join(ROOT, 'scripts/static_server.py'), '--quiet', '--isolate', '--port', String(port), path.resolve(ROOT, args.dist),
    `/bench/=${site}`, `/bench-src/=${path.join(ROOT, 'bench/browser')}`, `/node_modules/=${path.join(ROOT, 'node_modules')}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => server.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`static server did not start on ${base}`);
}

/** Opens a page and fails on any page error (a library that did not load must not look fast). */
async function openPage(browser, url, ready) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`); });
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 30000 }).catch((e) => { throw new Error(`${url} did not get ready: ${errors.join('; ') || e.message}`); });
  return { page, errors };
}

/** Runs `count` timed calls in the page; the clock runs from the call to the promise settling. */
function timedBlock(page, kind, request, count) {
  return page.evaluate(async ([kind, request, count]) => {
    const call = kind === 'forcetls' ? () => window.__forcetlsBench(request) : () => window.__jsBench[kind](request);
    const times = [];
    const stageLog = [];
    let result;
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      result = await call();
      const took = performance.now() - started;
      times.push(took);
      if (result?.stages) stageLog.push({ ...result.stages, total_ms: took });
    }
    return { times, result: result && { ...result, stageLog } };
  }, [kind, request, count]);
}

/**
 * forcetls as a user sees it: a paste into an empty box after a pause, then the page updated with
 * its answer (DOM patched; layout and paint are not included). The box is cleared and left quiet
 * for longer than the page's QUIET_MS (1 s) before each paste, so the paste is sent at once, as a
 * user's paste is, not debounced as typing. The span ends when the result's summary changes from
 * the empty box's: the worker answers only the newest request, so that is the paste's answer.
 * Informational: the JavaScript libraries render nothing.
 */
async function pasteToPage(page, input, count) {
  return page.evaluate(async ([text, roots, date, count]) => {
    const set = (selector, value, type) => {
      const element = document.querySelector(selector);
      element.value = value;
      element.dispatchEvent(new Event(type, { bubbles: true }));
    };
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const summary = () => document.querySelector('#summary')?.textContent ?? '';
    const until = (done) => new Promise((resolve) => {
      if (done(summary())) return resolve(summary());
      const observer = new MutationObserver(() => {
        if (done(summary())) { observer.disconnect(); resolve(summary()); }
      });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    });
    set('#store', 'none', 'change');
    set('#at', date, 'change');
    set('#roots', roots, 'input');
    set('#paste', '', 'input');
    await sleep(1500);
    const empty = summary();
    const times = [];
    let answer;
    for (let i = 0; i < count; i++) {
      set('#paste', '', 'input');
      await until((s) => s === empty);
      await sleep(1100);
      const updated = until((s) => s !== empty);
      const started = performance.now();
      set('#paste', text, 'input');
      answer = await updated;
      times.push(performance.now() - started);
    }
    return { times, summary: answer };
  }, [input.text, input.roots, new Date(input.at * 1000).toISOString().slice(0, 10), count]);
}

/** p10, median and p90 (nearest rank) of a list of milliseconds. */
function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, p10: at(0.1), median: at(0.5), p90: at(0.9), min: s[0], max: s[s.length - 1] };
}

/** The differences between a library's verdicts and forcetls's; empty when they agree. */
function disagreements(reference, result) {
  const problems = [];
  if (!result || !Array.isArray(result.chains)) return ['no result'];
  if (result.certificates !== reference.certificates) problems.push(`${result.certificates} certificates read, forcetls read ${reference.certificates}`);
  for (const expected of reference.chains) {
    const got = result.chains.find((c) => c.leaf === expected.leaf);
    if (!got) problems.push(`no verdict for certificate ${expected.leaf}`);
    else if (got.verdict !== expected.verdict) problems.push(`certificate ${expected.leaf}: ${got.verdict} (${got.reason}), forcetls: ${expected.verdict}`);
    else if (expected.verdict === 'trusted' && got.path_length !== expected.path_length) problems.push(`certificate ${expected.leaf}: path of ${got.path_length}, forcetls: ${expected.path_length}`);
  }
  return problems;
}

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (s) => (s ? `${ms(s.median)} (${ms(s.p10)}–${ms(s.p90)})` : '—');
// The ratio of medians, and in brackets that of p10s (the calls least disturbed by a busy machine).
const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(1)}× (${(a.p10 / b.p10).toFixed(1)}×)` : '—');

/**
 * The median of each of the worker's stages over forcetls's timed calls (the `stages` the hook
 * returns), and of what remains of each call: the page's and the messages' share (the request's and
 * the reply's JSON, copies, message passing, the reply's deserialisation on the page's thread).
 */
function stageMedians(log) {
  if (!log.length) return null;
  const median = (f) => stats(log.map(f)).median;
  const worker = (s) => s.diagnose_ms + s.verify_ms + s.explain_ms + s.facts_ms;
  return {
    diagnose_ms: median((s) => s.diagnose_ms),
    verify_ms: median((s) => s.verify_ms),
    explain_ms: median((s) => s.explain_ms),
    facts_ms: median((s) => s.facts_ms),
    page_and_messages_ms: median((s) => s.total_ms - worker(s)),
    total_ms: median((s) => s.total_ms),
    rounds: median((s) => s.rounds),
    offloaded: median((s) => s.offloaded),
  };
}

/** The Markdown table docs/performance.md keeps. */
function markdown(report) {
  const lines = [
    `Medians in ms (p10–p90), ${report.iterations} iterations after ${report.warmup} warm-up calls, ${report.date}; ${report.machine}.`,
    '',
    '| input | forcetls | @peculiar/x509 | PKI.js | x509 ÷ forcetls (p10s) | PKI.js ÷ forcetls (p10s) | verdicts (all agree) |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of report.inputs) {
    const f = r.timings.forcetls;
    const verdicts = `${r.chains.length} chain(s): ${[...new Set(r.chains.map((c) => c.verdict))].join(', ')}`;
    lines.push(`| ${r.title} | ${cell(f)} | ${cell(r.timings['@peculiar/x509'])} | ${cell(r.timings['PKI.js'])} | ${ratio(r.timings['@peculiar/x509'], f)} | ${ratio(r.timings['PKI.js'], f)} | ${verdicts} |`);
  }
  lines.push('', 'forcetls only, for context:', '', '| input | default store (Microsoft), hook | paste box → page updated (rendering included) |', '|---|---:|---:|');
  for (const r of report.inputs) lines.push(`| ${r.title} | ${cell(r.timings['forcetls (Microsoft store)'])} | ${cell(r.timings['forcetls (paste → page)'])} |`);
  lines.push('', "Where forcetls's time goes (medians over its timed calls, ms; the stages are the worker's own clock):", '',
    '| input | diagnosis (all rounds) | WebCrypto batches | wording | facts | page and messages | whole call | rounds | WebCrypto checks |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of report.inputs) {
    const s = r.stages;
    if (s) lines.push(`| ${r.title} | ${ms(s.diagnose_ms)} | ${ms(s.verify_ms)} | ${ms(s.explain_ms)} | ${ms(s.facts_ms)} | ${ms(s.page_and_messages_ms)} | ${ms(s.total_ms)} | ${s.rounds} | ${s.offloaded} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const server = await serve(Number(args.port));
  const browser = await launch();
  try {
    const app = await openPage(browser, server.base, () => typeof window.__forcetlsBench === 'function' && document.querySelector('#paste'));
    const libs = await openPage(browser, `${server.base}bench/`, () => document.querySelector('#status')?.textContent === 'ready');
    // Both pages are cross-origin isolated (the server sends COOP and COEP), so performance.now() has
    // 5 µs resolution, not 100 µs; a page that is not would round every call to 0.1 ms.
    const isolated = (await app.page.evaluate(() => crossOriginIsolated)) && (await libs.page.evaluate(() => crossOriginIsolated));
    const report = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${os.platform()} ${os.release()}, Chromium ${browser.version()}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the start, timers ${isolated ? '5 µs (cross-origin isolated)' : '100 µs (not cross-origin isolated)'}`,
      iterations: ITERATIONS,
      warmup: WARMUP,
      span: 'request sent → verdicts ready (PEM text in; forcetls: diagnosis and report via window.__forcetlsBench)',
      inputs: [],
    };
    let failed = false;
    // Warm-up, before any call is timed: every library makes WARMUP calls on every input. V8 runs a
    // wasm function (and a JavaScript one) in its baseline tier until it has run enough, then
    // compiles it with its optimising tier on a background thread (dynamic tiering). On 2 cores that
    // compilation competes with the calls being timed, so warming up one input at a time timed the
    // first input while the shared code was still being optimised (its calls ranged 2–13 ms).
    const plans = [];
    for (const input of INPUTS) {
      const request = { text: input.text, roots: input.roots, store: 'none', at: input.at };
      const probe = (await timedBlock(app.page, 'forcetls', request, WARMUP)).result;
      if (!probe.chains.length) throw new Error(`${input.id}: forcetls built no chain`);
      const jsRequest = { text: input.text, roots: input.roots, at: input.at, leaves: probe.chains.map((c) => c.leaf) };
      const kinds = [
        { name: 'forcetls', page: app.page, kind: 'forcetls', request },
        ...LIBRARIES.map((name) => ({ name, page: libs.page, kind: name, request: jsRequest })),
        { name: 'forcetls (Microsoft store)', page: app.page, kind: 'forcetls', request: { ...request, store: 'microsoft' } },
      ];
      const results = {};
      for (const k of kinds) results[k.name] = (await timedBlock(k.page, k.kind, k.request, WARMUP)).result;
      plans.push({ input, probe, kinds, results });
    }
    // A quiet second lets the optimising compiler's background jobs finish before the first timed call.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const { input, probe, kinds, results } of plans) {
      const timings = Object.fromEntries(kinds.map((k) => [k.name, []]));
      const stages = [];
      for (let done = 0; done < ITERATIONS; done += BLOCK) {
        for (const k of kinds) {
          const { times, result } = await timedBlock(k.page, k.kind, k.request, Math.min(BLOCK, ITERATIONS - done));
          timings[k.name].push(...times);
          results[k.name] = result;
          if (k.name === 'forcetls') stages.push(...result.stageLog);
        }
      }
      const paste = await pasteToPage(app.page, input, Math.min(ITERATIONS, 10));
      timings['forcetls (paste → page)'] = paste.times;
      const agreement = {};
      for (const name of LIBRARIES) {
        agreement[name] = disagreements(probe, results[name]);
        if (agreement[name].length) {
          failed = true;
          console.error(`bench: ${input.id}: ${name} disagrees with forcetls: ${agreement[name].join('; ')}`);
        }
      }
      const row = {
        id: input.id,
        title: input.title,
        evaluated_at: probe.evaluated_at,
        certificates: probe.certificates,
        chains: probe.chains,
        library_results: Object.fromEntries(LIBRARIES.map((n) => [n, results[n].chains])),
        agreement,
        paste_summary: paste.summary,
        timings: Object.fromEntries(Object.entries(timings).map(([k, t]) => [k, stats(t)])),
        stages: stageMedians(stages),
        raw_ms: timings,
      };
      report.inputs.push(row);
      console.log(`bench: ${input.id}: ${Object.entries(row.timings).map(([k, s]) => `${k} ${ms(s.median)} ms`).join(', ')}`);
    }
    const errors = [...app.errors, ...libs.errors];
    if (errors.length) {
      failed = true;
      console.error(`bench: page errors: ${errors.join('; ')}`);
    }
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `${args.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(OUT, `${args.name}.md`), markdown(report));
    console.log(`\n${markdown(report)}\nbench: wrote target/bench/${args.name}.md and ${args.name}.json`);
    if (failed) process.exitCode = 1;
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
