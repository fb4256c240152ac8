/** A [longitude, latitude] pair in degrees. */
export type LngLat = readonly [number, number];

const MAX_MERCATOR_LAT = 85.051129;

const RAD = Math.PI / 180;

/** A point on the unit sphere. */
function toVector([lon, lat]: LngLat): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

/**
 * The point a fraction t of the way from a to b along the great circle (spherical linear
 * interpolation), as d3's geoInterpolate gives it, without d3-geo in the first view's script. The
 * angle comes from the chord (2·asin(chord/2)), which stays precise for points close together.
 * Equal points give that point throughout; antipodes have no one great circle, and give a, then b.
 */
export function interpolateGreatCircle(a: LngLat, b: LngLat): (t: number) => [number, number] {
  const va = toVector(a);
  const vb = toVector(b);
  const chord = Math.hypot(va[0] - vb[0], va[1] - vb[1], va[2] - vb[2]);
  const angle = 2 * Math.asin(Math.min(1, chord / 2));
  const sin = Math.sin(angle);
  if (angle < 1e-12 || sin < 1e-12) return (t) => (angle < 1e-12 || t < 0.5 ? [a[0], a[1]] : [b[0], b[1]]);
  return (t) => {
    const ka = Math.sin((1 - t) * angle) / sin;
    const kb = Math.sin(t * angle) / sin;
    const x = ka * va[0] + kb * vb[0];
    const y = ka * va[1] + kb * vb[1];
    const z = ka * va[2] + kb * vb[2];
    return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
  };
}

/** Web Mercator x, y in world units (0..1 across the world; x runs on past 1 for unwrapped input). */
function toMercator([lon, lat]: LngLat): [number, number] {
  const phi = (Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat)) * Math.PI) / 180;
  return [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

function fromMercator([x, y]: readonly [number, number]): [number, number] {
  const lon = (x - 0.5) * 360;
  const lat = (Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * Points along the great circle from `a` to `b` (d3-geo interpolation), `steps` segments long.
 * Longitudes are unwrapped from `a`'s, so a route across the antimeridian takes the short way and
 * runs past ±180 instead of jumping back across the whole map.
 */
export function greatCircle(a: LngLat, b: LngLat, steps = 48): LngLat[] {
  const n = Math.max(1, Math.floor(steps));
  const at = interpolateGreatCircle(a, b);
  const out: [number, number][] = [];
  let prev = a[0];
  for (let i = 0; i <= n; i++) {
    const [rawLon, lat] = at(i / n);
    let lon = rawLon;
    // Keep each step within 180° of the last one.
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, lat]);
    prev = lon;
  }
  out[0] = [a[0], a[1]];
  return out;
}

/**
 * A great-circle arc from `a` to `b`, bowed sideways by `bow` (a fraction of its length on screen;
 * positive bows to the left of a→b). With bow 0 it is the plain great circle. The bow is added in
 * Mercator space, where the map draws it, so parallel arcs stay apart at every zoom.
 */
export function arcLine(a: LngLat, b: LngLat, bow = 0, steps = 48): LngLat[] {
  const path = greatCircle(a, b, steps);
  if (bow === 0 || path.length < 3) return path;
  const first = toMercator(path[0] ?? a);
  const last = toMercator(path[path.length - 1] ?? b);
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return path;
  // Left normal in screen terms (Mercator y grows downwards).
  const nx = dy / len;
  const ny = -dx / len;
  return path.map((p, i) => {
    // The ends stay exactly where they were (no round trip through Mercator for them).
    if (i === 0 || i === path.length - 1) return p;
    const t = i / (path.length - 1);
    const lift = bow * len * Math.sin(Math.PI * t);
    const [x, y] = toMercator(p);
    return fromMercator([x + nx * lift, y + ny * lift]);
  });
}

/**
 * Bows for `count` arcs between the same two places, spread evenly around a gentle default curve so
 * that none overlaps another. One arc gets the default curve alone.
 */
export function fanBows(count: number, spacing = 0.13, base = 0.16): number[] {
  if (count <= 0) return [];
  if (count === 1) return [base];
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * spacing);
}
