/** What a key does in story mode: the names presentation clickers and keyboards send. */
export type StoryKeyAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  /** Jump to a step, 0-based: 1 to 9 are steps 1 to 9, 0 is step 10. */
  | { readonly type: 'jump'; readonly step: number }
  | { readonly type: 'fullscreen' }
  /** Open the speaker notes window. */
  | { readonly type: 'notes' };

/** The key of a keydown, with what it was pressed on. */
export interface StoryKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  /** The element's tag (BUTTON, INPUT, A...), where a key may already mean something. */
  readonly targetTag?: string | undefined;
  readonly targetEditable?: boolean;
  /** Story mode, or exploring (where only → / PageDown, to start the story, and F are the story's). */
  readonly mode?: 'story' | 'explore';
  /** The key was pressed on the map, whose arrow keys pan it. */
  readonly targetInMap?: boolean;
  /** The page's direction: in a right-to-left page the story reads leftwards, so ← is next. */
  readonly dir?: 'ltr' | 'rtl';
}

// In a right-to-left page the arrows swap: the one that points the way the text reads moves on.
const MIRRORED: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * Maps a key to a story-mode action, or null to leave the key alone (and its default action). Clickers send PageDown /
 * PageUp (some arrows); keyboards add Space, Home, End and digits. A key with Ctrl, Cmd or Alt is
 * the browser's (Ctrl+→, Alt+←); a key typed into a field is the field's; Space and Enter on a
 * button or link press it rather than move on.
 */
export function storyKeyAction(key: StoryKey): StoryKeyAction | null {
  const e = key.dir === 'rtl' ? { ...key, key: MIRRORED[key.key] ?? key.key } : key;
  if (e.ctrlKey || e.metaKey || e.altKey || e.targetEditable) return null;
  if (e.targetInMap && e.key.startsWith('Arrow')) return null;
  if (e.mode === 'explore') {
    // Before the story starts, the page keeps its keys (Space and Home scroll, arrows move the map
    // where it has focus): only the teacher's first → and F are taken.
    if (e.key === 'ArrowRight' || e.key === 'PageDown') return { type: 'next' };
    return e.key === 'f' || e.key === 'F' ? { type: 'fullscreen' } : null;
  }
  const control = e.targetTag === 'BUTTON' || e.targetTag === 'A' || e.targetTag === 'SUMMARY';
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return control ? null : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 's':
    case 'S':
      return { type: 'notes' };
    default:
      if (/^[0-9]$/u.test(e.key)) return { type: 'jump', step: e.key === '0' ? 9 : Number(e.key) - 1 };
      return null;
  }
}
