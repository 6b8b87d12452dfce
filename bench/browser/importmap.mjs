// Generates an import map that lets the browser load npm ES modules straight from node_modules, with
// the versions npm installed for each package (nested node_modules become import-map scopes).
// It follows static `import … from '…'` / `export … from '…'` statements from the entry points and
// resolves each bare specifier as Node does for the browser: package.json `exports` with the
// conditions browser, import, module, default; otherwise `module`, then `main`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CONDITIONS = ['browser', 'import', 'module', 'default'];
const STATIC_IMPORT = /\b(?:import|export)\b[^'"`;()]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;

/** The package a file belongs to: the directory right under its last `node_modules/`. */
function packageRoot(file) {
  const parts = file.split(path.sep);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  return parts.slice(0, i + (parts[i + 1].startsWith('@') ? 3 : 2)).join(path.sep);
}

/** Picks a target from an `exports` value by condition, as Node does (first matching key wins). */
function pickCondition(value) {
  if (typeof value === 'string' || value === null) return value;
  if (Array.isArray(value)) return value.map(pickCondition).find((v) => v) ?? null;
  for (const [key, target] of Object.entries(value)) {
    if (CONDITIONS.includes(key)) {
      const picked = pickCondition(target);
      if (picked) return picked;
    }
  }
  return null;
}

/** The file `exports` maps `subpath` ('.' or './x') to, or null. */
function fromExports(exports, subpath) {
  const map = typeof exports === 'string' || Array.isArray(exports) || !Object.keys(exports).some((k) => k.startsWith('.')) ? { '.': exports } : exports;
  if (map[subpath] !== undefined) return pickCondition(map[subpath]);
  for (const [key, target] of Object.entries(map)) {
    const star = key.indexOf('*');
    if (star >= 0 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1))) {
      const middle = subpath.slice(star, subpath.length - (key.length - star - 1));
      return pickCondition(target)?.replaceAll('*', middle) ?? null;
    }
  }
  return null;
}

/** Resolves a bare specifier from a directory, walking up through node_modules folders. */
export function resolveBare(specifier, fromDir) {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const rest = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(pkgDir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
      const subpath = rest ? `./${rest}` : '.';
      let target = pkg.exports !== undefined ? fromExports(pkg.exports, subpath) : rest || pkg.module || pkg.main || 'index.js';
      if (!target) throw new Error(`importmap: ${specifier} is not exported by ${pkgDir}`);
      const file = path.resolve(pkgDir, target);
      if (existsSync(file) && statSync(file).isFile()) return file;
      if (existsSync(`${file}.js`)) return `${file}.js`;
      throw new Error(`importmap: ${specifier} resolves to ${file}, which does not exist`);
    }
    if (path.dirname(dir) === dir) throw new Error(`importmap: cannot resolve ${specifier} from ${fromDir}`);
  }
}

/**
 * The import map for `entries` (bare specifiers), resolved from `root`, whose node_modules is
 * served at `urlBase` (e.g. '/node_modules/').
 */
export function importMap(root, entries, urlBase) {
  const modulesDir = path.join(root, 'node_modules');
  const url = (file) => urlBase + path.relative(modulesDir, file).split(path.sep).join('/');
  const imports = {};
  const scopes = {};
  const seen = new Set();
  const queue = [];
  for (const specifier of entries) {
    const file = resolveBare(specifier, root);
    imports[specifier] = url(file);
    queue.push(file);
  }
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const specifier = m[1] ?? m[2];
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(path.resolve(path.dirname(file), specifier));
        continue;
      }
      const target = resolveBare(specifier, path.dirname(file));
      const scope = `${url(packageRoot(file))}/`;
      (scopes[scope] ??= {})[specifier] = url(target);
      queue.push(target);
    }
  }
  return { imports, scopes, modules: seen.size };
}
