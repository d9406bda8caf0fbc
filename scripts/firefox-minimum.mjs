// The oldest Firefox Upward supports, for the minimum-version run of the Firefox journeys.
// The built manifest's strict_min_version says which major; Debian's archive carries an ESR
// of it as a .deb, which is downloaded and unpacked into .cache/ (never installed: the
// installed firefox-esr already brought every library it needs). Node built-ins only.
//
//   node scripts/firefox-minimum.mjs   prints the executable's path, or why there is none
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache');
const EXECUTABLE = 'usr/lib/firefox-esr/firefox-esr';

/** 140 for `"strict_min_version": "140.0"` in the built Firefox manifest. */
export function minimumMajor(manifestPath = join(ROOT, '.output/firefox-mv3/manifest.json')) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const version = manifest.browser_specific_settings?.gecko?.strict_min_version;
  const major = Number.parseInt(String(version), 10);
  if (!Number.isInteger(major)) throw new Error(`${manifestPath} has no gecko strict_min_version.`);
  return major;
}

/**
 * `140.12.0esr-1~deb12u1`-style versions of firefox-esr that apt can fetch, newest first.
 * @returns {string[]}
 */
function aptVersions() {
  const output = execFileSync('apt-cache', ['madison', 'firefox-esr'], { encoding: 'utf8' });
  return output.split('\n').flatMap((line) => line.split('|')[1]?.trim() || []);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Finds (or fetches) a Firefox ESR of the given major. Resolves to `{ path, version }`, or
 * `{ unavailable }` saying why there is none (no apt, or apt no longer offers that major).
 */
export function ensureMinimumFirefox(major = minimumMajor()) {
  const override = process.env.FIREFOX_MINIMUM_PATH;
  if (override) return { path: override, version: `FIREFOX_MINIMUM_PATH=${override}` };

  const cached = existsSync(CACHE)
    ? readdirSync(CACHE)
        .filter((name) => name.startsWith(`firefox-esr-${major}.`) && existsSync(join(CACHE, name, EXECUTABLE)))
        .sort()
        .reverse()
    : [];
  if (cached[0]) return { path: join(CACHE, cached[0], EXECUTABLE), version: cached[0].slice('firefox-esr-'.length) };

  if (!existsSync('/usr/bin/apt-cache') || !existsSync('/usr/bin/dpkg-deb')) {
    return { unavailable: `no apt here to fetch Firefox ESR ${major}` };
  }
  let version = aptVersions().find((v) => v.startsWith(`${major}.`));
  if (!version && isRoot()) {
    // A fresh machine may not have read its package lists yet.
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    version = aptVersions().find((v) => v.startsWith(`${major}.`));
  }
  if (!version) {
    return { unavailable: `apt offers no firefox-esr ${major}.x any more (apt-cache madison firefox-esr)` };
  }

  console.log(`Fetching Debian's firefox-esr ${version} (the oldest Firefox Upward supports) into .cache/…`);
  mkdirSync(CACHE, { recursive: true });
  // Unpacked beside its final place, so the last step is a rename on one file system.
  const work = mkdtempSync(join(CACHE, '.download-'));
  try {
    // As root, apt would hand the download to its unprivileged user, who cannot write here.
    const sandbox = isRoot() ? ['-o', 'APT::Sandbox::User=root'] : [];
    execFileSync('apt-get', [...sandbox, 'download', '-qq', `firefox-esr=${version}`], { cwd: work, stdio: 'inherit' });
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download left no .deb for firefox-esr=${version}.`);
    const unpacked = join(work, 'root');
    execFileSync('dpkg-deb', ['-x', join(work, deb), unpacked]);
    const target = join(CACHE, `firefox-esr-${version}`);
    rmSync(target, { recursive: true, force: true });
    renameSync(unpacked, target);
    return { path: join(target, EXECUTABLE), version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = ensureMinimumFirefox();
  if (found.path) console.log(found.path);
  else {
    console.error(`No minimum-version Firefox: ${found.unavailable}.`);
    process.exit(1);
  }
}
