import { describe, expect, it } from 'vitest';
import { pickAt, polylineDistance, REACH, type PickScene } from '../../../src/map/pick.ts';

// A toy Levant: Israel's land is x < 100, Jordan's x >= 100 (both below y = 200); north of y = 200
// lies Lebanon, which is no place of the story, and the sea is x < 0. Israel's dot sits at (90, 250),
// Jordan's was nudged aside to (106, 244), and an arc runs from Jordan's dot east along y = 244.
const scene: PickScene = {
  dots: [
    { id: 'ISR', x: 90, y: 250 },
    { id: 'JOR', x: 106, y: 244 },
  ],
  arcs: [
    {
      id: 'attack-jor',
      points: [
        { x: 106, y: 244 },
        { x: 300, y: 244 },
      ],
    },
  ],
  placeAt: (x, y) => (y < 200 || x < 0 ? undefined : x < 100 ? 'ISR' : 'JOR'),
};

describe('pickAt: what a click or tap on the map chooses', () => {
  it('a click on a dot chooses its place, even over a neighbour’s land', () => {
    expect(pickAt({ x: 107, y: 245 }, scene, true)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'JOR' } });
    expect(pickAt({ x: 89, y: 251 }, scene, false)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'ISR' } });
  });

  it('a click on a country’s land chooses that country, not the nearest dot (Galilee is Israel, not Jordan)', () => {
    // 10 px from Jordan's dot, 16 px from Israel's, on Israel's land.
    expect(pickAt({ x: 96, y: 236 }, scene, false)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'ISR' } });
    expect(pickAt({ x: 96, y: 236 }, scene, true)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'ISR' } });
  });

  it('outside the story’s land, a single target within half a finger is chosen, and nothing further', () => {
    // Lebanon, 45 px north of Jordan's dot: nothing.
    expect(pickAt({ x: 106, y: 199 }, scene, false)).toEqual({ kind: 'none' });
    // The sea 11 px west of Israel's dot: Israel.
    expect(pickAt({ x: -1, y: 250 }, { ...scene, dots: [{ id: 'ISR', x: 10, y: 250 }] }, false)).toEqual({
      kind: 'one',
      target: { kind: 'entity', id: 'ISR' },
    });
  });

  it('several targets under the finger are offered in a chooser, the nearest first, never taken at random', () => {
    const crowded: PickScene = {
      dots: [
        { id: 'ISR', x: 100, y: 100 },
        { id: 'JOR', x: 117, y: 100 },
        { id: 'CYP', x: 108, y: 86 },
      ],
      arcs: [],
      placeAt: () => undefined,
    };
    // Between the three, on none: 8.9, 9.8 and 10 px from them.
    const pick = pickAt({ x: 108, y: 96 }, crowded, false);
    expect(pick.kind).toBe('choose');
    if (pick.kind !== 'choose') return;
    expect(pick.targets.map((t) => t.id)).toEqual(['ISR', 'JOR', 'CYP']);
  });

  it('an arc under a mouse chooses its relation over the land beneath; under a finger, both are offered', () => {
    expect(pickAt({ x: 200, y: 246 }, scene, true)).toEqual({
      kind: 'one',
      target: { kind: 'relation', id: 'attack-jor' },
    });
    expect(pickAt({ x: 200, y: 246 }, scene, false)).toEqual({
      kind: 'choose',
      targets: [
        { kind: 'relation', id: 'attack-jor' },
        { kind: 'entity', id: 'JOR' },
      ],
    });
  });

  it('a faint arc, outside the focus, does not take a click on a country’s land from the country', () => {
    const faint: PickScene = {
      ...scene,
      arcs: [
        {
          id: 'attack-jor',
          points: [
            { x: 106, y: 244 },
            { x: 300, y: 244 },
          ],
          dimmed: true,
        },
      ],
    };
    expect(pickAt({ x: 200, y: 246 }, faint, true)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'JOR' } });
    expect(pickAt({ x: 200, y: 246 }, faint, false)).toEqual({ kind: 'one', target: { kind: 'entity', id: 'JOR' } });
    // Off the story's land it is there to be chosen.
    expect(pickAt({ x: 200, y: 246 }, { ...faint, placeAt: () => undefined }, true)).toEqual({
      kind: 'one',
      target: { kind: 'relation', id: 'attack-jor' },
    });
  });

  it('under a finger off the story’s land, dots and arcs alike are offered', () => {
    const sea: PickScene = { ...scene, placeAt: () => undefined };
    const pick = pickAt({ x: 117, y: 246 }, sea, false);
    expect(pick).toEqual({
      kind: 'choose',
      targets: [
        { kind: 'entity', id: 'JOR' },
        { kind: 'relation', id: 'attack-jor' },
      ],
    });
  });

  it('arcs near but not under the pointer count only off the story’s land, within a finger for touch', () => {
    const sea: PickScene = { ...scene, placeAt: () => undefined };
    expect(pickAt({ x: 200, y: 244 + REACH - 1 }, sea, false)).toEqual({
      kind: 'one',
      target: { kind: 'relation', id: 'attack-jor' },
    });
    expect(pickAt({ x: 200, y: 244 + REACH - 1 }, sea, true)).toEqual({ kind: 'none' });
    expect(pickAt({ x: 200, y: 244 + REACH - 1 }, scene, false)).toEqual({
      kind: 'one',
      target: { kind: 'entity', id: 'JOR' },
    });
  });
});

describe('polylineDistance', () => {
  it('measures to the nearest segment, ends included', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(polylineDistance({ x: 5, y: 3 }, line)).toBeCloseTo(3);
    expect(polylineDistance({ x: 13, y: 5 }, line)).toBeCloseTo(3);
    expect(polylineDistance({ x: -3, y: -4 }, line)).toBeCloseTo(5);
    expect(polylineDistance({ x: 1, y: 1 }, [{ x: 1, y: 5 }])).toBeCloseTo(4);
  });
});
