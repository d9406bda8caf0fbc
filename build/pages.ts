import type { Plugin } from 'vite';
import type { EntrypointGroup } from 'wxt';

/**
 * How the extension's pages are bundled so they open at the speed of a bare document
 * (`npm run bench:popup`, `bench:prep`). Every file a page loads is one more request to the
 * browser's extension resource loader before the page can draw, and a style sheet blocks the
 * page's script until it has loaded.
 */

/** The pages people wait on: the toolbar popup, and the prep card (in the calendar's frame and in a tab). */
export const PAGES_BUILT_ALONE = ['popup', 'prep'] as const;

/**
 * WXT builds every HTML page in one bundle, so modules two pages share go to shared chunks and
 * each page loads several files. The pages people wait on are built alone instead: each loads
 * one script of its own, with nothing from pages it does not need. (A hook on WXT's build groups:
 * `entrypoints:grouped` lets the config split them, by reference.)
 */
export function buildAlone(groups: EntrypointGroup[], names: readonly string[] = PAGES_BUILT_ALONE): void {
  for (const group of [...groups]) {
    if (!Array.isArray(group)) continue;
    for (const entry of group.filter((candidate) => names.includes(candidate.name))) {
      group.splice(group.indexOf(entry), 1);
      groups.push([entry]);
    }
  }
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g;

/**
 * Puts each page's style sheets in the page itself (`<style>`), so drawing waits for no second
 * request. Extension pages allow inline styles (their content security policy restricts scripts
 * and objects only); the sheets use no `url()`, which would resolve differently inline.
 */
export function inlineStyleSheets(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'upward:inline-style-sheets',
    apply: 'build',
    // After Vite's own HTML step has emitted the pages, so the sheets it inlined can go.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = bundle[fileName];
          const css = asset?.type === 'asset' ? String(asset.source) : null;
          if (css === null || /url\(|<\/style/i.test(css)) return link;
          inlined.add(fileName);
          return `<style>${css}</style>`;
        });
      },
    },
    generateBundle(_options, bundle) {
      for (const fileName of inlined) delete bundle[fileName];
      inlined.clear();
    },
  };
}
