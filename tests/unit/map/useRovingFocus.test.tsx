// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRovingFocus } from '../../../src/map/useRovingFocus.ts';

afterEach(cleanup);

/** A label that comes out of hiding by drawing itself again a task after it was first drawn, as
 * NodeLabels does once measured. */
function Label({ rove }: { rove: (key: string) => Record<string, string> }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const later = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(later);
  }, []);
  return (
    <button type="button" {...(shown ? rove('node:ALB') : { tabIndex: -1 })}>
      Albania
    </button>
  );
}

function Group() {
  const root = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(root, ['node:ALB', 'node:IRN']);
  return (
    <div ref={root}>
      <Label rove={roving.attr} />
    </div>
  );
}

const stops = () => [...document.querySelectorAll('[tabindex="0"]')].map((el) => el.textContent);

describe('useRovingFocus', () => {
  it('keeps one tab stop when a child shows its element by drawing itself again, not the group', async () => {
    render(<Group />);
    expect(stops()).toEqual([]);
    await act(() => new Promise((done) => setTimeout(done, 5)));
    expect(document.querySelector('[data-rove-key]')).not.toBeNull();
    expect(stops()).toEqual(['Albania']);
  });
});
