import type { Plugin } from 'vite';
import { authorWorld } from './lib/authorWorld.ts';

const VIRTUAL_ID = 'virtual:author-world';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * `virtual:author-world`: the gazetteer's names and each country's codes, English name, anchor and
 * extent (scripts/lib/authorWorld.ts), for author mode, which imports it in its own lazy chunk (about
 * 45 kB; no reader of a story ever loads it). Made once per build, in under a second.
 */
export function authorWorldPlugin(): Plugin {
  let source: string | undefined;
  return {
    name: 'author-world',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      source ??= `export default ${JSON.stringify(authorWorld())};`;
      return source;
    },
  };
}
