import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { createLandIndex } from '../../../src/map/landIndex.ts';
import { countriesFromTopology } from '../../../src/map/worldGeometry.ts';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const index = createLandIndex(countriesFromTopology(world));
const countryAt = index.at;

describe('createLandIndex', () => {
  it('names the country under a point, for the story’s countries and their neighbours', () => {
    expect(countryAt(19.8, 41.3)).toBe('008'); // Tirana, Albania
    expect(countryAt(51.4, 35.7)).toBe('364'); // Tehran, Iran
    expect(countryAt(34.8, 32.1)).toBe('376'); // Tel Aviv, Israel
    expect(countryAt(35.2, 31.9)).toBe('275'); // Ramallah, the West Bank: not Israel's label's land
    expect(countryAt(36.0, 31.9)).toBe('400'); // Amman, Jordan
    expect(countryAt(47.6, 29.2)).toBe('414'); // Kuwait, inland of Kuwait Bay
    expect(countryAt(44.4, 33.3)).toBe('368'); // Baghdad, Iraq
    expect(countryAt(-98, 39)).toBe('840'); // Kansas, United States
  });

  it('gives undefined over the sea (the Mediterranean, the Gulf, the Atlantic)', () => {
    expect(countryAt(18, 34)).toBeUndefined();
    expect(countryAt(51.5, 27)).toBeUndefined();
    expect(countryAt(-40, 30)).toBeUndefined();
  });

  it('finds shapes unwrapped past the antimeridian, and points in another world copy', () => {
    expect(countryAt(178, 65)).toBe('643'); // Chukotka, Russia
    expect(countryAt(-178, 66)).toBe('643'); // Chukotka east of 180°
    expect(countryAt(19.8 + 360, 41.3)).toBe('008');
    expect(countryAt(Number.NaN, 0)).toBeUndefined();
  });

  it('agrees with d3’s spherical test on a grid over the story’s region', () => {
    const object = world.objects['countries'] as GeometryCollection;
    const shapes = feature(world, object).features.filter((f) => typeof f.id === 'string');
    let disagree = 0;
    let total = 0;
    for (let lng = 20; lng <= 60; lng += 2.3) {
      for (let lat = 12; lat <= 44; lat += 1.9) {
        const expected = shapes.find((f) => geoContains(f, [lng, lat]))?.id;
        total++;
        if (countryAt(lng, lat) !== expected) disagree++;
      }
    }
    // Straight edges in longitude/latitude against great-circle edges: a point or two on a border.
    expect(disagree / total).toBeLessThan(0.01);
  });

  it('finds the countries with land in a box, by their edges: a strip of a neighbour counts, the sea does not', () => {
    const story = new Set(['376', '400', '818', '196', '682']);
    // A box over Amman: Jordan only.
    expect([...index.within({ west: 35.8, south: 31.8, east: 36.2, north: 32.0 }, story)]).toEqual(['400']);
    // A box over the Dead Sea and its shores, from the West Bank to Jordan: Israel's and Jordan's edges cross it.
    expect(new Set(index.within({ west: 35.3, south: 31.0, east: 35.7, north: 31.2 }, story))).toEqual(
      new Set(['376', '400']),
    );
    // Inside Saudi Arabia, no edge in the box: the box lies inside the country.
    expect([...index.within({ west: 44, south: 24, east: 45, north: 25 }, story)]).toEqual(['682']);
    // Open sea south of Cyprus.
    expect(index.within({ west: 32.5, south: 33.5, east: 34, north: 34.3 }, story).size).toBe(0);
    // Only the countries asked about: Iraq is not in the set.
    expect(index.within({ west: 44, south: 33, east: 44.5, north: 33.5 }, story).size).toBe(0);
  });

  it('meets a border that runs along a parallel (Egypt and Sudan at 22°N) with a box that holds only that edge', () => {
    // A thin box straddling 22°N inland: the flat border edge crosses it, no vertex need be inside.
    const sudanEgypt = index.within({ west: 28, south: 21.99, east: 29, north: 22.01 }, new Set(['818', '729']));
    expect(sudanEgypt).toEqual(new Set(['818', '729']));
  });
});
