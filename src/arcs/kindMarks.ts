import type { RelationKind } from '../story/vocabulary.ts';

/** The box every kind mark is drawn in (px, square); marks point east, the way their arc runs. */
export const MARK_BOX = 32;

/**
 * The mark each kind of relation carries on its arcs and in the legend, as SVG path data in a
 * 32×32 box pointing east (filled with the even-odd rule): kinds differ by shape as well as by
 * colour, so no reader needs to tell seven colours apart. Each still points the way its arc goes.
 */
export const KIND_MARK: Readonly<Record<RelationKind, string>> = {
  // A cut: a bar across the line before the head.
  rupture: 'M29 16 L13 6 L16 16 L13 26 Z M3 5 H8 V27 H3 Z',
  // An open (hollow) head: a claim pointed at someone.
  accusation: 'M30 16 L6 4 L6 28 Z M23 16 L10 10 L10 22 Z',
  // A double head: force.
  attack: 'M31 16 L17 6 L20 16 L17 26 Z M17 16 L3 6 L6 16 L3 26 Z',
  // The plain head.
  support: 'M28 16 L6 5 L11 16 L6 27 Z',
  // A head with a dot behind it: a word given, to be kept.
  response: 'M30 16 L14 6 L17 16 L14 26 Z M2 16 A5 5 0 1 0 12 16 A5 5 0 1 0 2 16 Z',
  // A head with a cross behind it: no.
  rejection: 'M31 16 L17 6 L20 16 L17 26 Z M2 9 L5 6 L8.5 9.5 L12 6 L15 9 L11.5 12.5 L15 16 L12 19 L8.5 15.5 L5 19 L2 16 L5.5 12.5 Z',
  // A diamond: a flag planted.
  claim: 'M31 16 L17 5 L3 16 L17 27 Z',
};
