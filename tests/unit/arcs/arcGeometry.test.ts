import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoInterpolate } from 'd3-geo';
import { arcLine, fanBows, greatCircle, interpolateGreatCircle, type LngLat } from '../../../src/arcs/arcGeometry.ts';
import { relationArcs } from '../../../src/arcs/relationArcs.ts';
import { ALBANIA as STORY } from '../stories.ts';

const ALB: LngLat = [20, 41];
const IRN: LngLat = [54, 32];

function maxStep(line: readonly LngLat[]): number {
  let m = 0;
  for (let i = 1; i < line.length; i++) m = Math.max(m, Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0)));
  return m;
}

describe('greatCircle', () => {
  it('starts and ends at the two places', () => {
    const line = greatCircle(ALB, IRN);
    expect(line[0]).toEqual(ALB);
    expect(line.at(-1)?.[0]).toBeCloseTo(54, 6);
    expect(line.at(-1)?.[1]).toBeCloseTo(32, 6);
  });

  it('bends poleward, as a great circle does on a Mercator map', () => {
    const line = greatCircle([-98, 39], [54, 32]);
    const mid = line[Math.floor(line.length / 2)];
    expect(mid?.[1]).toBeGreaterThan(50);
  });
});

describe('arcLine', () => {
  it('arcLine(a, b) crosses the antimeridian the short way', () => {
    const line = arcLine([170, 50], [-170, 52], 0.2);
    expect(line.at(-1)?.[0]).toBeCloseTo(190, 6);
    expect(maxStep(line)).toBeLessThan(5);
    for (const [lon] of line) expect(lon).toBeGreaterThanOrEqual(169);
  });

  it('with no bow is the great circle itself', () => {
    expect(arcLine(ALB, IRN, 0)).toEqual(greatCircle(ALB, IRN));
  });

  it('a positive bow lifts the arc to the left of its direction; a negative bow to the right', () => {
    // Eastward from Albania to Iran, "left" is north.
    const mid = (bow: number) => arcLine(ALB, IRN, bow)[24]?.[1] ?? 0;
    const plain = mid(0);
    expect(mid(0.2)).toBeGreaterThan(plain);
    expect(mid(-0.2)).toBeLessThan(plain);
  });

  it('keeps both ends in place whatever the bow', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (bow) => {
        const line = arcLine(ALB, IRN, bow);
        expect(line[0]?.[0]).toBeCloseTo(20, 6);
        expect(line.at(-1)?.[0]).toBeCloseTo(54, 6);
        expect(line.at(-1)?.[1]).toBeCloseTo(32, 6);
      }),
    );
  });

  it('never jumps across the map for any two places', () => {
    const place = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -80, max: 80, noNaN: true }),
    );
    fc.assert(
      fc.property(place, place, fc.double({ min: -0.4, max: 0.4, noNaN: true }), (a, b, bow) => {
        // Two places 180° of longitude apart have a great circle over the pole, where longitude
        // really does turn by 180°: that is geometry, not a wrap-around, so it is left out here.
        fc.pre(Math.abs(Math.abs(a[0] - b[0]) - 180) > 1e-6);
        const line = arcLine(a, b, bow);
        expect(maxStep(line)).toBeLessThan(180);
        for (const [lon, lat] of line) expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
      }),
    );
  });
});

describe('fanBows', () => {
  it('gives one arc a gentle curve and spreads several symmetrically, all distinct', () => {
    expect(fanBows(1)).toEqual([0.16]);
    const six = fanBows(6);
    expect(six).toHaveLength(6);
    expect(new Set(six).size).toBe(6);
    expect((six[0] ?? 0) + (six[5] ?? 0)).toBeCloseTo(0, 10);
    expect(fanBows(0)).toEqual([]);
  });
});

describe('relationArcs', () => {
  const places: Record<string, LngLat> = { ALB, IRN, USA: [-98, 39] };
  const arcs = relationArcs(STORY.relations, (id) => places[id]);

  it('draws every relation whose two ends have a place, from source to target', () => {
    const drawable = STORY.relations.filter((r) => places[r.source] && places[r.target]);
    expect(arcs.features.map((f) => f.properties.id).sort()).toEqual(drawable.map((r) => r.id).sort());
    for (const f of arcs.features) {
      const start = f.geometry.coordinates[0];
      expect(start?.[0]).toBe(places[f.properties.source]?.[0]);
    }
  });

  it('fans the relations between Albania and Iran out so no two arcs share a midpoint', () => {
    const between = arcs.features.filter((f) => [f.properties.source, f.properties.target].sort().join() === 'ALB,IRN');
    expect(between.length).toBeGreaterThanOrEqual(6);
    const mids = between.map((f) => {
      // Compare midpoints in the same direction: a reversed arc's midpoint is the same point.
      const c = f.geometry.coordinates;
      return c[Math.floor(c.length / 2)] ?? [0, 0];
    });
    for (let i = 0; i < mids.length; i++) {
      for (let j = i + 1; j < mids.length; j++) {
        const d = Math.hypot((mids[i]?.[0] ?? 0) - (mids[j]?.[0] ?? 0), (mids[i]?.[1] ?? 0) - (mids[j]?.[1] ?? 0));
        expect(d, `${between[i]?.properties.id} / ${between[j]?.properties.id}`).toBeGreaterThan(0.5);
      }
    }
  });
});

describe('interpolateGreatCircle', () => {
  const cases: [LngLat, LngLat][] = [
    [
      [19.8, 41.3],
      [51.4, 35.7],
    ],
    [
      [-77, 38.9],
      [51.4, 35.7],
    ],
    [
      [170, -10],
      [-170, 10],
    ],
    [
      [0, 80],
      [170, 80],
    ],
    [
      [10, 0],
      [10.000001, 0],
    ],
  ];
  it.each(cases)('matches d3 geoInterpolate from %j to %j', (a, b) => {
    const ours = interpolateGreatCircle(a, b);
    const d3 = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
    for (const t of [0, 0.1, 0.25, 0.5, 0.9, 1]) {
      const [lon, lat] = ours(t);
      const [dLon, dLat] = d3(t);
      expect(lat).toBeCloseTo(dLat, 6);
      // Longitudes compare on the circle: 180 and -180 are one meridian.
      expect(((lon - dLon + 540) % 360) - 180).toBeCloseTo(0, 6);
    }
  });

  it('stays on the one point when both ends are the same', () => {
    expect(interpolateGreatCircle([20, 40], [20, 40])(0.5)).toEqual([20, 40]);
  });

  it('never gives NaN for antipodes, which have no one great circle', () => {
    const at = interpolateGreatCircle([0, 0], [180, 0]);
    expect([...at(0.25), ...at(0.75)].every(Number.isFinite)).toBe(true);
  });
});
