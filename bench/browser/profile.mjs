// Where forcetls's time goes in the browser: Chromium's sampling CPU profiler over many calls of the
// page's diagnosis path (window.__forcetlsBench), on a copy of the release build whose wasm keeps its
// function names (the shipped build strips them). Writes target/bench/profile-INPUT.cpuprofile (open it
// in Chromium DevTools → Performance) and target/bench/profile.md (top functions, self and inclusive).
//
//   node bench/browser/profile.mjs [--iterations N] [--input chain-3|real-chain-3|bundle-150]...
//
// Needs a release build (trunk build --release) so that dist/ and target/wasm32-unknown-unknown/release/forcetls.wasm exist.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../../e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const OUT = path.join(ROOT, 'target/bench');
const fixture = (name) => readFileSync(path.join(ROOT, 'tests/fixtures', name), 'utf8');
const INPUTS = {
  'chain-3': { text: fixture('chain-rsa.pem'), roots: fixture('root-rsa.pem'), at: 1780315200 },
  'real-chain-3': { text: fixture('public/cloudflare-dns-chain.pem'), roots: fixture('public/digicert-global-root-ca.pem'), at: 1663495771 },
  'bundle-150': { text: fixture('bundle-150.pem'), roots: fixture('root-rsa.pem'), at: 1780315200 },
};
// Stages of the diagnosis, matched against demangled Rust names, for the inclusive-time table.
const STAGES = [
  ['diagnose (whole core)', /^forcetls::diagnose::diagnose/],
  ['intake (decode, PEM, DER)', /^forcetls::intake::/],
  ['inspect (x509-parser → Certificate)', /^forcetls::inspect::/],
  ['State::rediagnosed (diagnose + explain)', /^forcetls::ui::state::State::rediagnosed/],
  ['trust store (parse, index)', /^forcetls::trust::/],
  ['chain::build (paths, checks)', /^forcetls::chain::build/],
  ['signature verification', /^forcetls::signature::/],
  ['RSA (rsa, num-bigint-dig)', /^(<?&?rsa|<?&?num_bigint_dig)::/],
  ['ECDSA (p256, p384, primeorder, crypto-bigint)', /^<?&?(p256|p384|primeorder|elliptic_curve|ecdsa|crypto_bigint)::/],
  ['SHA-1/SHA-2', /^<?&?(sha1|sha2)::/],
  ['x509-parser / der-parser / asn1-rs', /^<?&?(x509_parser|der_parser|asn1_rs)/],
  ['report::explain (wording)', /^forcetls::report::/],
  ['worksheet', /^forcetls::worksheet::/],
  ['connectors', /^forcetls::connectors::/],
  ['allocator (dlmalloc)', /dlmalloc/],
  ['memcpy/memmove/memset/memcmp', /^(memcpy|memmove|memset|memcmp)$/],
];

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '60' },
    input: { type: 'string', multiple: true, default: Object.keys(INPUTS) },
    // A port no e2e test file or the benchmark serves on.
    port: { type: 'string', default: String(Number(process.env.E2E_PORT || 8123) + 85) },
  },
});

/** dist/ again, with a wasm that keeps its names (same wasm-bindgen and wasm-opt -Oz as trunk, plus -g). */
function namedBuild() {
  const dir = path.join(OUT, 'profile-dist');
  const bindgen = path.join(OUT, 'profile-bindgen');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.(br|gz)$/.test(f)) rmSync(path.join(dir, f));
  const wasm = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  const js = readdirSync(dir).find((f) => /^forcetls-[0-9a-f]+\.js$/.test(f));
  execFileSync('wasm-bindgen', ['--target=web', `--out-dir=${bindgen}`, '--out-name=forcetls', '--no-typescript', path.join(ROOT, 'target/wasm32-unknown-unknown/release/forcetls.wasm')], { stdio: 'inherit' });
  execFileSync(path.join(ROOT, 'node_modules/.bin/wasm-opt'), ['-Oz', '-g', path.join(bindgen, 'forcetls_bg.wasm'), '-o', path.join(dir, wasm)], { stdio: 'inherit' });
  cpSync(path.join(bindgen, 'forcetls.js'), path.join(dir, js));
  // The preload links carry the shipped files' integrity hashes; this copy's files differ.
  const index = path.join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/ integrity="[^"]*"/g, ''));
  return dir;
}

/** Self and inclusive milliseconds per function name from a CDP CPU profile. */
function aggregate(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  const stage = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
    const leaf = byId.get(id);
    if (/^\((idle|program|garbage collector)\)$/.test(name(leaf)) && name(leaf) !== '(garbage collector)') return;
    total += ms;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(name(byId.get(n)).replace(/::h[0-9a-f]{16}$/, ''));
    for (const f of seen) inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
    for (const [label, re] of STAGES) if ([...seen].some((f) => re.test(f))) stage.set(label, (stage.get(label) ?? 0) + ms);
  });
  const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
  return { total, self: top(self, 25), inclusive: top(inclusive, 40), stages: STAGES.map(([label]) => [label, stage.get(label) ?? 0]) };
}

async function main() {
  const dir = namedBuild();
  const port = Number(args.port);
  const server = spawn('python3', [path.join(ROOT, 'scripts/static_server.py'), '--quiet', '--port', String(port), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const browser = await launch();
  const lines = [`# Where forcetls's time goes (Chromium CPU profile, ${args.iterations} calls per input, ${new Date().toISOString().slice(0, 10)})`, ''];
  try {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.__forcetlsBench === 'function');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const id of args.input) {
      const request = { ...INPUTS[id], store: 'none' };
      await page.evaluate(async (r) => { for (let i = 0; i < 3; i++) await window.__forcetlsBench(r); }, request);
      await cdp.send('Profiler.start');
      const wall = await page.evaluate(async ([r, n]) => {
        const started = performance.now();
        for (let i = 0; i < n; i++) await window.__forcetlsBench(r);
        return (performance.now() - started) / n;
      }, [request, Number(args.iterations)]);
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(path.join(OUT, `profile-${id}.cpuprofile`), JSON.stringify(profile));
      const a = aggregate(profile);
      const per = (ms) => (ms / Number(args.iterations)).toFixed(2);
      const pct = (ms) => `${((100 * ms) / a.total).toFixed(0)}%`;
      lines.push(`## ${id}: ${wall.toFixed(2)} ms per call (wall, profiler on)`, '', '| stage (inclusive) | ms per call | share |', '|---|---:|---:|');
      for (const [label, ms] of a.stages) lines.push(`| ${label} | ${per(ms)} | ${pct(ms)} |`);
      lines.push('', '| function (self time) | ms per call | share |', '|---|---:|---:|');
      for (const [name, ms] of a.self) lines.push(`| \`${name.replace(/\|/g, '\\|').slice(0, 110)}\` | ${per(ms)} | ${pct(ms)} |`);
      lines.push('', '<details><summary>inclusive time, top 40</summary>', '', '| function (inclusive) | ms per call | share |', '|---|---:|---:|');
      for (const [name, ms] of a.inclusive) lines.push(`| \`${name.replace(/\|/g, '\\|').slice(0, 110)}\` | ${per(ms)} | ${pct(ms)} |`);
      lines.push('', '</details>', '');
      console.log(`profile: ${id}: ${wall.toFixed(2)} ms per call`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  writeFileSync(path.join(OUT, 'profile.md'), `${lines.join('\n')}\n`);
  console.log(`profile: wrote target/bench/profile.md and profile-*.cpuprofile`);
}

await main();
