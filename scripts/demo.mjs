// `npm run demo [-- --fresh | --firefox]`: everything from a fresh clone. Installs the locked
// dependencies and the browser when missing (scripts/setup.mjs), builds Upward for that
// browser, then shows it on a bundled demo Google Calendar week (no account, no network)
// with sample data seeded: in a window with a display, else headless with screenshots in
// demo-output/. Node built-ins only until set-up is done: nothing else may be installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DemoError, ROOT, step } from './demo-common.mjs';
import { SetupError, setUp } from './setup.mjs';

const firefox = process.argv.includes('--firefox');
const output = firefox ? '.output/firefox-mv3' : '.output/chrome-mv3';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw new DemoError(`Could not run \`${command} ${args.join(' ')}\`: ${result.error.message}`);
  if (result.status !== 0) {
    throw new DemoError(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  }
}

async function main() {
  const started = Date.now();
  if (firefox && process.argv.includes('--fresh')) {
    throw new DemoError('The --fresh walk-through runs in Chromium: npm run demo -- --fresh');
  }
  step(`Checking the dependencies and ${firefox ? 'Firefox ESR' : 'Chromium'}`);
  setUp({ browsers: [firefox ? 'firefox' : 'chromium'] });

  step(`Building the extension (wxt build${firefox ? ' -b firefox --mv3' : ''})`);
  run('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])]);
  if (!existsSync(join(ROOT, output, 'manifest.json'))) {
    throw new DemoError(`The build finished but ${output}/manifest.json is missing.`);
  }

  // Loaded only now: before set-up they may not be installed.
  if (firefox) await (await import('./demo-firefox.mjs')).firefoxDemo();
  else await (await import('./demo-chromium.mjs')).chromiumDemo();
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    const known = error instanceof DemoError || error instanceof SetupError;
    console.error(`\nnpm run demo failed: ${known ? error.message : (error?.stack ?? String(error))}`);
    process.exit(1);
  },
);
