import { describe, expect, it } from 'vitest';
import { autoFit, EMBED_ASPECT, embedHeight } from '../../../src/embed/embedHeight.ts';

describe('embedHeight: one height per width, whatever the content', () => {
  it('a fixed height is kept at every width and frame height', () => {
    for (const [w, h] of [
      [400, 300],
      [800, 5000],
      [1000, 150],
    ])
      expect(embedHeight({ kind: 'fixed', height: 520 }, 'fill', w ?? 0, h ?? 0)).toBe(520);
  });

  it('a share of the width follows the width only', () => {
    expect(embedHeight({ kind: 'aspect', ratio: 1.2 }, 'fill', 400, 300)).toBe(480);
    expect(embedHeight({ kind: 'aspect', ratio: 1.2 }, 'fill', 400, 9999)).toBe(480);
    expect(embedHeight({ kind: 'aspect', ratio: 0.75 }, 'width', 1000, 150)).toBe(750);
  });

  it('with no height asked for, a frame given a height is filled: its own height, never its content’s', () => {
    expect(autoFit(300)).toBe('fill');
    expect(embedHeight({ kind: 'auto' }, autoFit(300), 400, 300)).toBe(300);
    expect(embedHeight({ kind: 'auto' }, autoFit(600), 800, 600)).toBe(600);
  });

  it('a frame of the browser’s default height (pym.js, iframe-resizer start at 150 px) takes 1.2 of a narrow width, 3/4 of a wide one', () => {
    expect(autoFit(150)).toBe('width');
    expect(embedHeight({ kind: 'auto' }, 'width', 400, 150)).toBe(400 * EMBED_ASPECT);
    expect(embedHeight({ kind: 'auto' }, 'width', 1000, 150)).toBe(750);
    expect(embedHeight({ kind: 'auto' }, 'width', 300, 150)).toBe(360);
  });
});
