import { separateDots, type SeparatedDot } from './labelLayout.ts';

/** What decides where a place is drawn and whether it is labelled. */
interface NodeLike {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** A country's tint; undefined for an actor (a group, a firm), which is no place. */
  readonly color: string | undefined;
  readonly focused: boolean;
  readonly selected: boolean;
}

/** The places the map draws, in label order, those it labels, and where each dot is drawn. */
export interface DrawnNodes<T> {
  readonly drawn: readonly T[];
  readonly labelled: readonly T[];
  readonly dots: readonly SeparatedDot[];
}

/** Label order: the selection, then what it touches, then countries, then actors (stable within). */
function rank(it: NodeLike): number {
  if (it.selected) return 0;
  if (it.focused) return 1;
  return it.color !== undefined ? 2 : 3;
}

/**
 * Which places the map draws and labels, and where their dots go: every place, in rank order, the
 * dots nudged apart where they would cover one another. On a small (`compact`) map, actors that are
 * not focused show only their dot, and none at all while something is selected: they are no places,
 * and their dots would crowd the selection's names off the map. The labels and the pointer's picking
 * both read this, so they agree on where every dot is.
 */
export function drawnNodes<T extends NodeLike>(all: readonly T[], compact: boolean): DrawnNodes<T> {
  const anyFocus = all.some((it) => it.focused);
  const drawn = [...all]
    .sort((a, b) => rank(a) - rank(b))
    .filter((it) => !(compact && anyFocus && it.color === undefined && !it.focused));
  const labelled = compact ? drawn.filter((it) => it.color !== undefined || it.selected || it.focused) : drawn;
  return { drawn, labelled, dots: separateDots(drawn.map((it) => ({ id: it.id, x: it.x, y: it.y }))) };
}
