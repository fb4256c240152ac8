import type { RelationKind } from '../story/vocabulary.ts';

/** The box every kind mark is drawn in (px, square); marks point east, the way their arc runs. */
export const MARK_BOX = 32;

/**
 * The mark each kind of relation carries on its arcs and in the legend, as SVG path data in a
 * 32×32 box pointing east (filled with the even-odd rule): kinds differ by shape as well as by
 * colour, so no reader needs to tell fifteen colours apart. Each still points the way its arc goes.
 */
export const KIND_MARK: Readonly<Record<RelationKind, string>> = {
  // A cut: a bar across the line before the head.
  rupture: 'M29 16 L13 6 L16 16 L13 26 Z M3 5 H8 V27 H3 Z',
  // Two thin bars: the cut joined again.
  restoration: 'M29 16 L13 6 L16 16 L13 26 Z M1 5 H4 V27 H1 Z M7 5 H10 V27 H7 Z',
  // A solid block behind the head: armed force.
  strike: 'M31 16 L17 5 L20 16 L17 27 Z M2 9 H14 V23 H2 Z',
  // A double head: an attack over the wire.
  cyberattack: 'M31 16 L17 6 L20 16 L17 26 Z M17 16 L3 6 L6 16 L3 26 Z',
  // A ring behind the head: someone acting for another.
  proxy:
    'M30 16 L14 6 L17 16 L14 26 Z M1 16 A6 6 0 1 0 13 16 A6 6 0 1 0 1 16 Z M4 16 A3 3 0 1 0 10 16 A3 3 0 1 0 4 16 Z',
  // An exclamation mark behind the head: a warning.
  threat: 'M31 16 L17 6 L20 16 L17 26 Z M5 3 H10 V19 H5 Z M5 23 H10 V28 H5 Z',
  // A hollow square behind the head: a door shut.
  sanctions: 'M30 16 L16 6 L19 16 L16 26 Z M2 8 H14 V24 H2 Z M5 11 H11 V21 H5 Z',
  // An open (hollow) head: a claim pointed at someone.
  accusation: 'M30 16 L6 4 L6 28 Z M23 16 L10 10 L10 22 Z',
  // A head with a cross behind it: no.
  condemnation:
    'M31 16 L17 6 L20 16 L17 26 Z M2 9 L5 6 L8.5 9.5 L12 6 L15 9 L11.5 12.5 L15 16 L12 19 L8.5 15.5 L5 19 L2 16 L5.5 12.5 Z',
  // A hollow head turned back: the claim sent back.
  denial: 'M31 16 L17 6 L20 16 L17 26 Z M2 16 L14 7 L14 25 Z M6 16 L11 12.5 L11 19.5 Z',
  // The plain head.
  support: 'M28 16 L6 5 L11 16 L6 27 Z',
  // A plus behind the head: help sent.
  aid: 'M31 16 L17 6 L20 16 L17 26 Z M6 6 H10 V14 H14 V18 H10 V26 H6 V18 H2 V14 H6 Z',
  // Two dots behind the head: two sides speaking.
  talks: 'M30 16 L16 6 L19 16 L16 26 Z M2 9 A4 4 0 1 0 10 9 A4 4 0 1 0 2 9 Z M2 23 A4 4 0 1 0 10 23 A4 4 0 1 0 2 23 Z',
  // A head with a dot behind it: a word given, to be kept.
  response: 'M30 16 L14 6 L17 16 L14 26 Z M2 16 A5 5 0 1 0 12 16 A5 5 0 1 0 2 16 Z',
  // A diamond: a flag planted.
  claim: 'M31 16 L17 5 L3 16 L17 27 Z',
};
