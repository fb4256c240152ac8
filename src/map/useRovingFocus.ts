import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { nextRovingKey } from './rovingOrder.ts';
import { useMessages } from '../i18n/useMessages.ts';

// The attribute that names an element's roving key: a place's label (or its dot, or its marker at
// the frame's edge, whichever is on screen) and a relation's handle carry one each.
const ATTR = 'data-rove-key';

/** The elements of a roving group by key, within a root. */
function elementsByKey(root: HTMLElement): Map<string, HTMLElement> {
  const byKey = new Map<string, HTMLElement>();
  for (const el of root.querySelectorAll<HTMLElement>(`[${ATTR}]`)) {
    const key = el.getAttribute(ATTR);
    if (key !== null && !byKey.has(key)) byKey.set(key, el);
  }
  return byKey;
}

/**
 * Roving tabindex over the elements under `root` that carry `data-rove-key`, in `order`: one of
 * them is the group's tab stop (the last one focused, else the first on screen), and arrow keys,
 * Home and End move focus among them. The tab stop is set on the DOM after each render, because
 * which element stands for a place (label, dot or edge marker) is decided by the layout.
 */
export function useRovingFocus(
  root: RefObject<HTMLElement | null>,
  order: readonly string[],
): {
  readonly onKeyDown: (e: KeyboardEvent) => void;
  readonly onFocus: (e: { target: EventTarget }) => void;
  readonly attr: (key: string) => { readonly [ATTR]: string };
} {
  // Which way the arrows go follows the interface's language, read from its one source.
  const { lang } = useMessages();
  const active = useRef<string | null>(null);
  const latestOrder = useRef(order);
  // One tab stop among the group's elements as they are on the page now; and, when the stop was the
  // element focused and another now stands for its place, focus follows.
  const apply = useRef(() => {
    const el = root.current;
    if (!el) return;
    const byKey = elementsByKey(el);
    const stop =
      (active.current !== null && byKey.has(active.current)
        ? active.current
        : latestOrder.current.find((k) => byKey.has(k))) ?? null;
    // Set whatever the property says: a button without the attribute reads 0 and is still no tab stop
    // a selector can find (`[tabindex="0"]`, as the skip link looks for it).
    for (const [key, node] of byKey) node.tabIndex = key === stop ? 0 : -1;
    // The camera moved and the focused place changed hands (its label went out of sight and its
    // marker at the frame's edge stands for it now): focus follows, rather than staying on a hidden
    // element or falling to the page.
    const focused = document.activeElement;
    if (
      stop !== null &&
      stop === active.current &&
      focused instanceof HTMLElement &&
      el.contains(focused) &&
      !focused.hasAttribute(ATTR)
    ) {
      byKey.get(stop)?.focus({ preventScroll: true });
    }
  });
  useLayoutEffect(() => {
    latestOrder.current = order;
    apply.current();
  });
  // A child that draws again on its own (the labels, once measured, come out of hiding with their
  // roving key) is not a render of this group: without this, for a moment no element was the tab
  // stop, and a skip link or Tab into the map found none (a flaky browser test). The observer's
  // callback runs as a microtask after React's commit, before any key can be handled.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const watch = new MutationObserver(() => apply.current());
    watch.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: [ATTR] });
    return () => watch.disconnect();
  }, [root]);
  const onFocus = (e: { target: EventTarget }) => {
    const key = e.target instanceof HTMLElement ? e.target.getAttribute(ATTR) : null;
    if (key === null || !root.current) return;
    active.current = key;
    for (const [k, node] of elementsByKey(root.current)) node.tabIndex = k === key ? 0 : -1;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const el = root.current;
    if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
    const from = e.target instanceof HTMLElement ? e.target.getAttribute(ATTR) : null;
    if (from === null) return;
    const byKey = elementsByKey(el);
    const dir = lang === 'ur' ? 'rtl' : 'ltr';
    const to = nextRovingKey(order, from, e.key, dir, (k) => byKey.has(k));
    if (to === null) return;
    // The arrows are the map's here: not the page's scroll, not the story's steps.
    e.preventDefault();
    e.stopPropagation();
    byKey.get(to)?.focus();
  };
  const attr = (key: string) => ({ [ATTR]: key });
  return { onKeyDown, onFocus, attr };
}
