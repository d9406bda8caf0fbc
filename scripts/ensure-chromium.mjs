// Real-browser tests use Debian's Chromium. Install it when missing and we may
// (root on Debian), otherwise say exactly what to install. Never downloads a
// browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log("Chromium is missing: installing Debian's chromium package…");
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
    {
      stdio: 'inherit',
    },
  );
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `Upward's browser tests need Chromium at ${CHROMIUM}.\n` +
    '  On Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends chromium\n' +
    '  Elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium',
);
process.exit(1);
