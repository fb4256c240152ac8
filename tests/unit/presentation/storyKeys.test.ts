import { describe, expect, it } from 'vitest';
import { notesKeyAction, storyKeyAction } from '../../../src/presentation/storyKeys.ts';

describe('storyKeyAction', () => {
  it('moves on with what clickers send (PageDown, →) and with Space; back with PageUp, ← and Shift+Space', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(storyKeyAction({ key })).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(storyKeyAction({ key })).toEqual({ type: 'previous' });
    expect(storyKeyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' });
  });

  it('moves on whatever has focus: the map (whose arrows would pan it), a button (Space would press it)', () => {
    expect(storyKeyAction({ key: 'ArrowRight', targetInMap: true })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'ArrowLeft', targetInMap: true })).toEqual({ type: 'previous' });
    expect(storyKeyAction({ key: 'PageDown', targetInMap: true })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: ' ', targetInMap: true })).toEqual({ type: 'next' });
  });

  it('B and "." blank the screen, as reveal.js and PowerPoint do', () => {
    for (const key of ['b', 'B', '.']) expect(storyKeyAction({ key })).toEqual({ type: 'blank' });
  });

  it('the speaker notes take the same clicker keys, and only them', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(notesKeyAction({ key })).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(notesKeyAction({ key })).toBe('previous');
    for (const key of ['f', 's', 'b', 'Home', '3']) expect(notesKeyAction({ key }), key).toBeNull();
    expect(notesKeyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
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

  it('leaves the browser’s shortcuts and fields alone', () => {
    expect(storyKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'f', metaKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', targetEditable: true })).toBeNull();
    expect(storyKeyAction({ key: 'x' })).toBeNull();
    expect(storyKeyAction({ key: 'Escape' })).toBeNull();
  });
});

describe('storyKeyAction before the story starts', () => {
  it('takes only → and PageDown (to start the story) and F; the page keeps Space, Home, arrows and digits', () => {
    expect(storyKeyAction({ key: 'ArrowRight', mode: 'explore' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'PageDown', mode: 'explore' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: 'F', mode: 'explore' })).toEqual({ type: 'fullscreen' });
    for (const key of [' ', 'Home', 'End', 'ArrowLeft', 'PageUp', '3', 'Escape'])
      expect(storyKeyAction({ key, mode: 'explore' }), key).toBeNull();
  });

  it('leaves arrow keys pressed on the map to the map (they pan it), before the story only', () => {
    expect(storyKeyAction({ key: 'ArrowRight', mode: 'explore', targetInMap: true })).toBeNull();
    expect(storyKeyAction({ key: 'PageDown', mode: 'explore', targetInMap: true })).toEqual({ type: 'next' });
  });
});
