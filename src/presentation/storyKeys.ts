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
  | { readonly type: 'notes' }
  /** Blank the screen (B or "."), as reveal.js and PowerPoint do; any key brings it back. */
  | { readonly type: 'blank' };

/** The key of a keydown, with what it was pressed on. */
export interface StoryKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
  readonly targetEditable?: boolean;
  /** Story mode, or exploring (where only → / PageDown, to start the story, and F are the story's). */
  readonly mode?: 'story' | 'explore';
  /** The key was pressed on the map, whose arrow keys pan it. */
  readonly targetInMap?: boolean;
}

/**
 * Maps a key to a story-mode action, or null to leave the key alone (and its default action).
 *
 * In story mode a clicker must be trusted whatever has focus: after a click on the map, a step dot,
 * Play or the reader, → / PageDown / Space still go to the next step and ← / PageUp / Shift+Space to
 * the previous one (Space does not press the focused button; Enter still does). The arrows are not
 * mirrored in Urdu: a clicker sends PageDown and → for "next" whatever the page's direction, so →
 * is next in both (and ← previous), as the timeline's and the dots' own order is only drawn mirrored.
 * A key with Ctrl, Cmd or Alt is the browser's (Ctrl+→, Alt+←); a key typed into a field is the field's.
 */
export function storyKeyAction(e: StoryKey): StoryKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.targetEditable) return null;
  if (e.mode === 'explore') {
    // Before the story starts, the page keeps its keys (Space and Home scroll, arrows move the map
    // where it has focus): only the teacher's first → / PageDown and F are taken.
    if (e.targetInMap && e.key.startsWith('Arrow')) return null;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') return { type: 'next' };
    return e.key === 'f' || e.key === 'F' ? { type: 'fullscreen' } : null;
  }
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return e.shiftKey ? { type: 'previous' } : { type: 'next' };
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
    // Clickers' "blank screen" button sends "b" or "." (Logitech, Kensington).
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    default:
      if (/^[0-9]$/u.test(e.key)) return { type: 'jump', step: e.key === '0' ? 9 : Number(e.key) - 1 };
      return null;
  }
}

/** The keys that move the story on, for the speaker notes window (which has no map and no fields). */
export function notesKeyAction(e: StoryKey): 'next' | 'previous' | null {
  const a = storyKeyAction({ ...e, mode: 'story' });
  return a?.type === 'next' || a?.type === 'previous' ? a.type : null;
}
