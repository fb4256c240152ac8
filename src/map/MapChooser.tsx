import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import type { PickTarget } from './pick.ts';

/** One choice of the chooser: what it selects, and how it is named. */
export interface ChooserItem {
  readonly target: PickTarget;
  readonly label: ReactNode;
}

interface Props {
  /** Where the finger was (px in the map's frame), and the frame's size to keep the menu inside. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly ChooserItem[];
  readonly onChoose: (target: PickTarget) => void;
  readonly onClose: () => void;
}

// The menu's width (px), and about its height: its title, and a row per choice (each a pointer's
// target), to tell whether it fits below the finger.
const MENU_WIDTH = 240;
const TITLE_HEIGHT = 40;
const ROW_HEIGHT = 44;

/**
 * A small menu at the point of a tap that landed on several things at once (dots of neighbours, arcs
 * that cross), so that no choice is made at random: each is named, and chosen with a tap, or with the
 * arrow keys and Enter. It closes on Escape (which then leaves the selection as it was), on a tap
 * elsewhere, and on a scroll.
 */
export function MapChooser({ x, y, width, height, items, onChoose, onClose }: Props) {
  const { t } = useMessages();
  const menuRef = useRef<HTMLDivElement>(null);
  // Focus goes to the first choice once the tap that opened the menu is done: a browser gives focus
  // to what a finger tapped after the click's own handlers have run.
  useEffect(() => {
    const later = window.setTimeout(() =>
      menuRef.current?.querySelector<HTMLButtonElement>('button[data-choice]')?.focus({ preventScroll: true }),
    );
    return () => window.clearTimeout(later);
  }, []);
  useEffect(() => {
    const outside = (e: Event) => {
      if (!(e.target instanceof Node) || !menuRef.current?.contains(e.target)) onClose();
    };
    // Escape closes the menu wherever focus is, and does nothing else (the selection stays).
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('keydown', escape, true);
    window.addEventListener('scroll', onClose, { capture: true, passive: true });
    window.addEventListener('wheel', onClose, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('keydown', escape, true);
      window.removeEventListener('scroll', onClose, { capture: true });
      window.removeEventListener('wheel', onClose, { capture: true });
    };
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button[data-choice]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      // The map's own arrow keys (between its places) are not for the menu's rows.
      e.preventDefault();
      e.stopPropagation();
      buttons[(to + buttons.length) % buttons.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(buttons.length - 1);
  };
  // Beside the finger, moved back into the map's frame where it would leave it (and scrolled
  // within it on a map too small to hold it).
  const left = Math.max(4, Math.min(x + 12, width - MENU_WIDTH - 4));
  const top = Math.max(4, Math.min(y + 12, height - TITLE_HEIGHT - items.length * ROW_HEIGHT - 4));
  return (
    <div
      ref={menuRef}
      className="map-chooser"
      role="dialog"
      aria-label={t.map.chooser}
      style={{ left, top, width: MENU_WIDTH, maxHeight: height - 8 }}
      onKeyDown={onKeyDown}
    >
      <p className="map-chooser-title">{t.map.chooser}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.target.kind}:${item.target.id}`}>
            <button
              type="button"
              data-choice={`${item.target.kind}:${item.target.id}`}
              onClick={() => onChoose(item.target)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="map-chooser-close" aria-label={t.map.closeChooser} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
