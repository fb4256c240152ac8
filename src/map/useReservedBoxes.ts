import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Box } from './labelLayout.ts';

// What labels must leave free over the map: MapLibre's zoom buttons and attribution, our view
// buttons, edge markers and notices (not the loading note: labels are drawn only once it is gone).
// Measured where they are drawn, so a larger font, a translated button or a folded attribution moves
// the room labels keep, without widths written here.
const CONTROLS =
  '.maplibregl-ctrl-top-left .maplibregl-ctrl, .maplibregl-ctrl-bottom-right .maplibregl-ctrl, .map-views';
const RESERVED = `${CONTROLS}, .map-notice, .edge-marker`;

/** The boxes over the map that labels keep clear of, and among them the map's fixed controls (which
 * the camera frames its places clear of; edge markers move with the camera, notices come and go). */
export interface ReservedBoxes {
  readonly all: readonly Box[];
  readonly controls: readonly Box[];
}

const NONE: ReservedBoxes = { all: [], controls: [] };

/** Boxes (px, relative to the map view) of the controls drawn over it, measured after each layout
 * change named in `deps`: in the same commit once `now` (labels are drawn against them) was already
 * true, else at the next frame. */
export function useReservedBoxes(
  viewRef: RefObject<HTMLElement | null>,
  now: boolean,
  deps: readonly unknown[],
): ReservedBoxes {
  const [boxes, setBoxes] = useState<ReservedBoxes>(NONE);
  const wasNow = useRef(false);
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const measure = () => {
      const origin = view.getBoundingClientRect();
      const boxesOf = (selector: string) =>
        [...view.querySelectorAll(selector)]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({
            left: r.left - origin.left,
            top: r.top - origin.top,
            right: r.right - origin.left,
            bottom: r.bottom - origin.top,
          }));
      const all = boxesOf(RESERVED);
      const controls = boxesOf(CONTROLS);
      // Kept by identity while nothing moved, each list on its own: the camera's padding follows the
      // controls only, not the edge markers that the camera itself moves.
      setBoxes((prev) => {
        const same = (a: readonly Box[], b: readonly Box[]) => JSON.stringify(a) === JSON.stringify(b);
        const next = {
          all: same(prev.all, all) ? prev.all : all,
          controls: same(prev.controls, controls) ? prev.controls : controls,
        };
        return next.all === prev.all && next.controls === prev.controls ? prev : next;
      });
    };
    // MapLibre adds its controls after the map is made, and folds the attribution later still; edge
    // markers move with the camera. Measured at most once a frame, however many changes come.
    let frame = 0;
    const soon = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    // Before any label is drawn, nothing reads the boxes this frame: measuring here would force the
    // first view's whole layout (Nastaliq and all) inside React's commit, one long task, where the
    // frame's own layout is a task of its own. The same holds for the commit that first draws the
    // labels (`now` turning true): they are placed only after a painted frame (see NodeLabels), and
    // the boxes measured at that frame come with them. From then on, a change is measured here, so
    // labels are never placed against boxes a frame old.
    if (now && wasNow.current) measure();
    else soon();
    wasNow.current = now;
    const observer = new MutationObserver(soon);
    observer.observe(view, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'open', 'hidden', 'style'],
    });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what moves the controls
  }, [now, ...deps]);
  return boxes;
}
