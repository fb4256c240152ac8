import { describe, expect, it } from 'vitest';
import { mergeTransfers } from '../../../bench/mergeTransfers.ts';

const O = 'http://127.0.0.1:4173';

describe('mergeTransfers', () => {
  it("keeps the page's entries and adds what only the server saw (a worker's fetches)", () => {
    const page = [
      { url: `${O}/`, bytes: 2000 },
      { url: `${O}/assets/a.js`, bytes: 300 },
    ];
    const server = [
      { url: `${O}/`, bytes: 2000 },
      { url: `${O}/assets/a.js`, bytes: 300 },
      { url: `${O}/assets/worker.mjs`, bytes: 148 },
      { url: `${O}/assets/shapes.json`, bytes: 99 },
    ];
    expect(mergeTransfers(page, server)).toEqual([
      { url: `${O}/`, bytes: 2000, seenBy: 'page' },
      { url: `${O}/assets/a.js`, bytes: 300, seenBy: 'page' },
      { url: `${O}/assets/worker.mjs`, bytes: 148, seenBy: 'server' },
      { url: `${O}/assets/shapes.json`, bytes: 99, seenBy: 'server' },
    ]);
  });

  it('matches one server response per page entry, so a second fetch of a file is not lost', () => {
    const merged = mergeTransfers(
      [{ url: `${O}/a.json`, bytes: 5 }],
      [
        { url: `${O}/a.json`, bytes: 5 },
        { url: `${O}/a.json`, bytes: 5 },
      ],
    );
    expect(merged.map((t) => t.seenBy)).toEqual(['page', 'server']);
  });
});
