// Everything `npm run demo` and `npm test` need before they start, on a fresh clone:
// the locked dependencies (installed when node_modules is missing or older than the
// lockfile) and Debian's browsers (installed when missing and we are root; otherwise the
// exact command is printed). Node built-ins only: nothing else is installed yet.
//
//   node scripts/setup.mjs [chromium] [firefox]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each browser: where it is expected, the variable that points elsewhere, its Debian package. */
export const BROWSERS = {
  chromium: { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

export class SetupError extends Error {}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/**
 * npm records what it installed in node_modules/.package-lock.json. Current when that is
 * newer than package-lock.json, or (a checkout touched the lockfile) when it still lists
 * exactly the locked versions: every installed package as locked, every required one there.
 */
export function dependenciesAreCurrent(root = ROOT) {
  const installedPath = join(root, 'node_modules/.package-lock.json');
  const lockPath = join(root, 'package-lock.json');
  const installedAt = mtime(installedPath);
  if (installedAt === 0) return false;
  if (installedAt >= mtime(lockPath)) return true;
  try {
    const installed = JSON.parse(readFileSync(installedPath, 'utf8')).packages ?? {};
    const locked = JSON.parse(readFileSync(lockPath, 'utf8')).packages ?? {};
    const same =
      Object.entries(installed).every(([path, entry]) => locked[path]?.version === entry.version) &&
      Object.entries(locked).every(
        ([path, entry]) => path === '' || entry.optional || entry.devOptional || path in installed,
      );
    if (same) utimesSync(installedPath, new Date(), new Date());
    return same;
  } catch {
    return false;
  }
}

function installDependencies() {
  console.log(
    existsSync(join(ROOT, 'node_modules'))
      ? 'setup: package-lock.json is newer than node_modules: npm ci'
      : 'setup: no node_modules yet: npm ci',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new SetupError(`npm ci failed (exit ${result.status ?? result.signal}).`);
}

/**
 * The browsers of `wanted` that are not where they should be.
 * @param {string[]} wanted
 */
function missingBrowsers(wanted) {
  /** @type {(typeof BROWSERS)[keyof typeof BROWSERS][]} */
  const missing = [];
  for (const key of wanted) {
    const browser = BROWSERS[/** @type {keyof typeof BROWSERS} */ (key)];
    if (!browser) throw new SetupError(`Unknown browser "${key}" (known: ${Object.keys(BROWSERS).join(', ')}).`);
    const override = process.env[browser.env];
    if (override) {
      if (existsSync(override)) continue;
      throw new SetupError(
        `${browser.env}=${override}, but there is no such file. Point it at ${browser.name}, or unset it to use ` +
          `Debian's (${browser.path}: sudo apt-get install -y --no-install-recommends ${browser.apt}).`,
      );
    }
    if (!existsSync(browser.path)) missing.push(browser);
  }
  return missing;
}

function installBrowsers(missing) {
  const packages = missing.map((browser) => browser.apt);
  const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    const names = missing.map((browser) => `${browser.name} (${browser.path})`).join(' and ');
    const overrides = missing.map((browser) => `${browser.env}=/path/to/it`).join(' ');
    throw new SetupError(
      `Upward's demo and browser tests need ${names}.\n` +
        `  On Debian or Ubuntu:  sudo sh -c '${command}'\n` +
        `  Or point at another build:  ${overrides}`,
    );
  }
  console.log(`setup: installing Debian's ${packages.join(' and ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((browser) => !existsSync(browser.path));
  if (still.length) throw new SetupError(`apt-get finished but ${still.map((b) => b.path).join(', ')} is missing.`);
}

/**
 * Makes sure the dependencies are installed and current, and the `browsers` are there.
 * @param {{ browsers?: string[] }} [options]
 */
export function setUp({ browsers = [] } = {}) {
  const [major] = process.versions.node.split('.').map(Number);
  if ((major ?? 0) < 20) throw new SetupError(`Upward needs Node.js 20 or later; this is ${process.version}.`);
  if (!dependenciesAreCurrent()) installDependencies();
  const missing = missingBrowsers(browsers);
  if (missing.length) installBrowsers(missing);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setUp({ browsers: process.argv.slice(2) });
  } catch (error) {
    console.error(
      `\n${error instanceof SetupError ? error.message : (error instanceof Error && error.stack) || String(error)}`,
    );
    process.exit(1);
  }
}
