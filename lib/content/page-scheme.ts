/**
 * Whether the calendar page looks light or dark, from its own painted background. The calendars
 * have their own theme settings, so the browser's `prefers-color-scheme` is not enough: the
 * badges and the prep card follow what the user actually sees.
 */
export type Scheme = 'light' | 'dark';

/** A CSS `rgb()`/`rgba()` colour's scheme; null when transparent or unreadable. */
export function schemeOfColor(color: string): Scheme | null {
  const match = color.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/);
  if (!match) return null;
  const [, r, g, b, a] = match;
  const alpha = a === undefined ? 1 : a.endsWith('%') ? Number.parseFloat(a) / 100 : Number(a);
  if (!(alpha > 0.5)) return null;
  // Relative luminance (sRGB), as WCAG defines it.
  const channel = (value: string) => {
    const c = Number(value) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r ?? '0') + 0.7152 * channel(g ?? '0') + 0.0722 * channel(b ?? '0');
  return luminance < 0.2 ? 'dark' : 'light';
}

/** The page's scheme: body's background, then the root's, then the browser's default canvas. */
export function pageScheme(doc: Document): Scheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const scheme = schemeOfColor(view.getComputedStyle(element).backgroundColor);
    if (scheme) return scheme;
  }
  // Nothing painted: the canvas is the browser's, dark only if the page opted into dark schemes.
  const allowsDark = /dark/.test(view.getComputedStyle(doc.documentElement).colorScheme ?? '');
  return allowsDark && view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
