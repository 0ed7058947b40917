import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

// `npm run zip`, after WXT has written the three zips: AMO rebuilds the add-on from the sources zip
// and compares it with the package, so this does the same before anyone uploads. The sources are
// unpacked into a temporary folder, built for Firefox with the same locked packages (the repo's
// node_modules, linked: the sources carry the same package-lock.json, checked), and every file of
// that build must equal the one in the Firefox zip, byte for byte. Needs `unzip` on the PATH.

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, process.env.CONSTELLATION_OUT ?? '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function fail(message: string): never {
  process.stderr.write(`zip: ${message}\n`);
  process.exit(1);
}

/** Relative path → sha256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const zips = {
  chrome: join(OUT, `constellation-${version}-chrome.zip`),
  firefox: join(OUT, `constellation-${version}-firefox.zip`),
  sources: join(OUT, `constellation-${version}-sources.zip`),
};
for (const [kind, path] of Object.entries(zips)) if (!existsSync(path)) fail(`no ${kind} zip at ${path}`);

const work = mkdtempSync(join(tmpdir(), 'constellation-zip-'));
try {
  const src = join(work, 'src');
  const pkg = join(work, 'package');
  execFileSync('unzip', ['-q', zips.sources, '-d', src]);
  execFileSync('unzip', ['-q', zips.firefox, '-d', pkg]);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md'])
    if (!existsSync(join(src, needed))) fail(`the sources zip lacks ${needed}`);
  if (!readFileSync(join(src, 'package-lock.json')).equals(readFileSync(join(ROOT, 'package-lock.json'))))
    fail('the sources zip holds another package-lock.json than this checkout');
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: src,
    stdio: 'ignore',
    env: { ...process.env, CONSTELLATION_OUT: join(work, 'rebuilt') },
  });
  const built = hashes(join(work, 'rebuilt/firefox-mv2'));
  const packaged = hashes(pkg);
  const differ = [...new Set([...built.keys(), ...packaged.keys()])].filter(
    (f) => built.get(f) !== packaged.get(f),
  );
  if (differ.length) fail(`the sources build to other files than the package: ${differ.join(', ')}`);
  const sizes = Object.entries(zips).map(([k, p]) => `${k} ${(statSync(p).size / 1024).toFixed(0)} KB`);
  console.log(
    `zip: ${sizes.join(', ')}; the sources rebuild the Firefox package exactly (${built.size} files)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
