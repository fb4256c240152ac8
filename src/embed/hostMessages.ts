import type { Selection, ViewAction } from '../state/viewState.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { parseTheme, type ThemeName } from '../theme/palette.ts';
import { kindsNamed } from '../story/relationKinds.ts';

// The host-page API: what a publisher's page may ask of an embedded map over postMessage, and
// what the map tells it. Every message names the app, so other scripts' messages are told apart.

/** The name every message of this API carries. */
export const APP = 'urdu-story-map';

/** What the host page may know of a story: the ids its commands may name. */
export interface CommandCatalog {
  readonly entities: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
  readonly steps: number;
}

/** An event the map posts to the host page. */
export type HostEvent =
  | { readonly app: typeof APP; readonly type: 'ready'; readonly story: string }
  | { readonly app: typeof APP; readonly type: 'selection'; readonly selection: Selection }
  | { readonly app: typeof APP; readonly type: 'step'; readonly step: number | null }
  | { readonly app: typeof APP; readonly type: 'theme'; readonly theme: ThemeName }
  | { readonly app: typeof APP; readonly type: 'lang'; readonly lang: Lang };

// An id is short, plain and printable; anything else is not one of ours.
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= 80 && /^[\p{L}\p{N}_-]+$/u.test(v);

/**
 * Reads a command from the host page and turns it into an action of the app's reducer, checking
 * each field against the story; null for anything else (wrong types, unknown ids, huge or strange
 * strings, other scripts' messages). Nothing from a message is evaluated or put into the page.
 *
 * Commands: `{app, type: "go-to-step", step}` (1-based, as in the address), `{app, type: "select",
 * kind: "entity" | "relation" | "kind", id}`, `{app, type: "clear"}`, `{app, type: "set-theme", theme}`, `{app, type: "set-lang", lang}`,
 * `{app, type: "leave-story"}`.
 */
export function parseHostCommand(data: unknown, catalog: CommandCatalog): ViewAction | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m['app'] !== APP) return null;
  switch (m['type']) {
    case 'go-to-step': {
      const step = m['step'];
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > catalog.steps) return null;
      return { type: 'go-to-step', step: step - 1 };
    }
    case 'select': {
      const { kind, id } = m;
      if (!isId(id)) return null;
      if (kind === 'entity' && catalog.entities.has(id)) return { type: 'select', selection: { kind: 'entity', id } };
      if (kind === 'relation' && catalog.relations.has(id))
        return { type: 'select', selection: { kind: 'relation', id } };
      const [k] = kindsNamed(id);
      if (kind === 'kind' && k) return { type: 'select', selection: { kind: 'relation-kind', id: k } };
      return null;
    }
    case 'clear':
      return { type: 'clear-selection' };
    case 'leave-story':
      return { type: 'leave-story' };
    case 'set-theme': {
      const theme = parseTheme(m['theme']);
      return theme ? { type: 'set-theme', theme } : null;
    }
    case 'set-lang': {
      const lang = parseLang(m['lang']);
      return lang ? { type: 'set-lang', lang } : null;
    }
    default:
      return null;
  }
}
