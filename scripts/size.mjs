// `npm run size`: each built entrypoint's size, raw and gzipped (Chrome build).
// An HTML entrypoint counts every script and stylesheet it loads, shared chunks included,
// because that is what the browser reads when the page opens.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
if (!process.argv.includes('--no-build') || !existsSync(OUT)) execSync('npx wxt build', { stdio: 'ignore' });

const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const entrypoints = new Map();
entrypoints.set('background', [manifest.background.service_worker]);
for (const script of manifest.content_scripts ?? []) {
  const name = script.js[0].replace(/^content-scripts\//, '').replace(/\.js$/, '');
  entrypoints.set(`${name} (content script)`, [...script.js, ...(script.css ?? [])]);
}
for (const html of ['popup.html', 'options.html', 'prep.html', 'one-on-ones.html']) {
  if (!existsSync(join(OUT, html))) continue;
  const text = readFileSync(join(OUT, html), 'utf8');
  const assets = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  entrypoints.set(html.replace('.html', ''), [html, ...new Set(assets)]);
}

const rows = [...entrypoints].map(([name, files]) => {
  const bytes = Buffer.concat(files.map((file) => readFileSync(join(OUT, file))));
  return { entrypoint: name, files: files.length, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| entrypoint | files | raw | gzipped |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.entrypoint} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
].join('\n');
console.log(table);
if (process.argv.includes('--json')) writeFileSync('size.json', JSON.stringify(rows, null, 2));
