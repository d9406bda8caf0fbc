import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * The content scripts run in every calendar tab and must stay under 12 KB gzipped each
 * (`npm run size`, bench:detect). After Vite's own minifier (oxc), a second pass with terser
 * (several compress passes) takes about 3% more off them: the room the card kept ready needs.
 * Only the content scripts: the other bundles have no such budget, and the pass costs build time.
 */
export function minifyContentScriptsAgain(): Plugin {
  return {
    name: 'upward:minify-content-scripts-again',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          toplevel: true,
          compress: { passes: 3 },
          mangle: true,
          format: { comments: false },
        });
        if (result.code) chunk.code = result.code;
      }
    },
  };
}
