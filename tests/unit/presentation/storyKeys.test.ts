import { describe, expect, it } from 'vitest';
import { storyKeyAction } from '../../../src/presentation/storyKeys.ts';

describe('storyKeyAction', () => {
  it('moves on with what clickers send (PageDown, →) and with Space; back with PageUp and ←', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(storyKeyAction({ key })).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(storyKeyAction({ key })).toEqual({ type: 'previous' });
  });

  it('Home and End go to the ends; digits jump, 0 being step 10; F is fullscreen', () => {
    expect(storyKeyAction({ key: 'Home' })).toEqual({ type: 'first' });
    expect(storyKeyAction({ key: 'End' })).toEqual({ type: 'last' });
    expect(storyKeyAction({ key: '1' })).toEqual({ type: 'jump', step: 0 });
    expect(storyKeyAction({ key: '9' })).toEqual({ type: 'jump', step: 8 });
    expect(storyKeyAction({ key: '0' })).toEqual({ type: 'jump', step: 9 });
    expect(storyKeyAction({ key: 'f' })).toEqual({ type: 'fullscreen' });
    expect(storyKeyAction({ key: 'F' })).toEqual({ type: 'fullscreen' });
  });

  it('leaves the browser’s shortcuts, fields, and Space on a button alone', () => {
    expect(storyKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'f', metaKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', targetEditable: true })).toBeNull();
    expect(storyKeyAction({ key: ' ', targetTag: 'BUTTON' })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', targetTag: 'BUTTON' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'x' })).toBeNull();
    expect(storyKeyAction({ key: 'Escape' })).toBeNull();
  });
});

describe('storyKeyAction before the story starts', () => {
  it('takes only → and PageDown (to start the story) and F; the page keeps Space, Home, arrows and digits', () => {
    expect(storyKeyAction({ key: 'ArrowRight', mode: 'explore' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'PageDown', mode: 'explore' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'F', mode: 'explore' })).toEqual({ type: 'fullscreen' });
    for (const key of [' ', 'Home', 'End', 'ArrowLeft', 'PageUp', '3', 'Escape']) expect(storyKeyAction({ key, mode: 'explore' }), key).toBeNull();
  });

  it('leaves arrow keys pressed on the map to the map (they pan it), in either mode', () => {
    expect(storyKeyAction({ key: 'ArrowRight', targetInMap: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', mode: 'explore', targetInMap: true })).toBeNull();
    expect(storyKeyAction({ key: 'PageDown', targetInMap: true })).toEqual({ type: 'next' });
  });
});
