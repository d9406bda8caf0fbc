// `npm run test:firefox`: builds Upward for Firefox, lints it as addons.mozilla.org does
// (web-ext lint: no errors), runs every Firefox journey in Debian's
// firefox-esr (or FIREFOX_PATH), then the journeys tagged @smoke in the oldest Firefox
// Upward supports (fetched from Debian's archive by firefox-minimum.mjs). Exits non-zero
// if any journey failed. If apt no longer offers that old ESR, the minimum-version run is
// skipped with a notice rather than failing the suite for a reason outside the code.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureMinimumFirefox, minimumMajor } from './firefox-minimum.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** addons.mozilla.org's own checks (web-ext lint): any error fails the run; warnings are listed. */
function lintAsAddonsMozillaOrg() {
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    console.error(`web-ext lint did not run:\n${lint.stdout}${lint.stderr}`);
    process.exit(1);
  }
  const { errors, warnings } = report.summary;
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
  for (const kind of ['errors', 'warnings']) {
    for (const m of report[kind]) console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}`);
  }
  if (errors > 0) process.exit(1);
}

const playwright = (extra, env) =>
  run('npx', ['playwright', 'test', '-c', 'tests/firefox/playwright.config.ts', ...extra], env);

if (run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) !== 0) process.exit(1);
lintAsAddonsMozillaOrg();

const started = Date.now();
let failed = playwright([]) !== 0;

const major = minimumMajor();
const minimum = ensureMinimumFirefox(major);
if (minimum.path) {
  console.log(`\nThe oldest Firefox Upward supports (${major}): the @smoke journeys in firefox-esr ${minimum.version}`);
  failed = playwright(['--grep', '@smoke'], { FIREFOX_PATH: minimum.path }) !== 0 || failed;
} else {
  console.log(`\nNOTICE: the minimum-version run (Firefox ${major}) was skipped: ${minimum.unavailable}.`);
}
console.log(`Firefox part: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
