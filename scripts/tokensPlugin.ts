import type { Plugin } from 'vite';
import { allThemesCss, COLOR } from '../src/theme/tokens.ts';

/** The module the app imports to get the tokens as CSS custom properties. */
export const TOKENS_MODULE = 'virtual:theme-tokens.css';

/**
 * Serves src/theme/tokens.ts as CSS: `virtual:theme-tokens.css` is the text of themeCss(), custom
 * properties on the .app root, written once at build time (nothing runs in the browser for it).
 * Vite's CSS pipeline takes it from there like any stylesheet. Editing tokens.ts restarts the dev
 * server, since the config imports it.
 */
export function tokensPlugin(): Plugin {
  // Vite's own virtual-module convention; the id keeps its .css ending so the CSS pipeline takes it.
  const resolved = `\0${TOKENS_MODULE}`;
  return {
    name: 'theme-tokens',
    resolveId(id) {
      return id === TOKENS_MODULE ? resolved : undefined;
    },
    load(id) {
      return id === resolved ? allThemesCss() : undefined;
    },
    // The browser's own chrome (the address bar on phones) takes the header's colour, from the same token.
    transformIndexHtml(html) {
      return html.replace('%THEME_COLOR%', COLOR.accent);
    },
  };
}
