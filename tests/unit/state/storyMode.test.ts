import { describe, expect, it } from 'vitest';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';
import { clampStep, relationsUpTo, stepFocus } from '../../../src/state/storyMode.ts';
import { createViewReducer, INITIAL_VIEW, relationCatalog, type ViewState } from '../../../src/state/viewState.ts';

const steps = STORY.steps.map((s) => s.relations);
const reduce = createViewReducer(relationCatalog(STORY), steps);
const last = STORY.steps.length - 1;

describe('story mode', () => {
  it('clampStep holds any index within the steps', () => {
    expect(clampStep(STORY.steps.length, -3)).toBe(0);
    expect(clampStep(STORY.steps.length, 2.7)).toBe(2);
    expect(clampStep(STORY.steps.length, 999)).toBe(last);
    expect(clampStep(STORY.steps.length, Number.NaN)).toBe(0);
    expect(clampStep(0, 3)).toBe(0);
  });

  it('relationsUpTo builds the story up: each step keeps what the earlier ones added', () => {
    for (let i = 1; i <= last; i++) {
      const before = relationsUpTo(STORY, i - 1);
      const now = relationsUpTo(STORY, i);
      for (const id of before) expect(now.has(id)).toBe(true);
      for (const id of STORY.steps[i]?.relations ?? []) expect(now.has(id)).toBe(true);
    }
    // The whole telling draws every relation of the article.
    expect(relationsUpTo(STORY, last).size).toBe(STORY.relations.length);
  });

  it.each(FIXTURES.filter((f) => f.story.steps.length > 0))(
    'stepFocus of $slug emphasises the step’s places, relations and passages',
    ({ story }) => {
      story.steps.forEach((step, i) => {
        const focus = stepFocus(story, i);
        expect(focus).not.toBeNull();
        for (const id of step.frame) expect(focus?.entities.has(id)).toBe(true);
        expect([...(focus?.relations ?? [])].sort()).toEqual([...step.relations].sort());
        expect([...(focus?.passages ?? [])]).toEqual(step.passages);
      });
      expect(stepFocus(story, story.steps.length)).toBeNull();
    },
  );
});

describe('the reducer in story mode', () => {
  it('goes to a step held within the steps, clearing the selection over it', () => {
    const selected: ViewState = { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'ALB' } };
    expect(reduce(selected, { type: 'go-to-step', step: 4 })).toMatchObject({ step: 4, selection: null });
    expect(reduce(INITIAL_VIEW, { type: 'go-to-step', step: 99 }).step).toBe(last);
    expect(reduce(INITIAL_VIEW, { type: 'go-to-step', step: -1 }).step).toBe(0);
  });

  it('next starts the story from the overview and stops at the last step; previous stops at the first', () => {
    let s = reduce(INITIAL_VIEW, { type: 'next-step' });
    expect(s.step).toBe(0);
    expect(reduce(s, { type: 'previous-step' })).toBe(s);
    s = reduce(s, { type: 'go-to-step', step: last });
    expect(reduce(s, { type: 'next-step' })).toBe(s);
    expect(reduce(INITIAL_VIEW, { type: 'previous-step' })).toBe(INITIAL_VIEW);
  });

  it('shows a step’s relations again when the filters had hidden them', () => {
    const filtered: ViewState = { ...INITIAL_VIEW, kinds: [], claims: { stated: true, alleged: false } };
    const s = reduce(filtered, { type: 'go-to-step', step: 0 });
    // Step 1 adds the alleged cyberattack: its kind and the alleged claims are shown again.
    expect(s.kinds).toEqual(['cyberattack']);
    expect(s.claims.alleged).toBe(true);
  });

  it('autoplay runs until the last step, and Play at the end starts again from the first', () => {
    let s = reduce(reduce(INITIAL_VIEW, { type: 'go-to-step', step: last - 1 }), {
      type: 'set-playing',
      playing: true,
    });
    expect(s.playing).toBe(true);
    s = reduce(s, { type: 'next-step' });
    expect(s).toMatchObject({ step: last, playing: false });
    expect(reduce(s, { type: 'set-playing', playing: true })).toMatchObject({ step: 0, playing: true });
    expect(reduce(INITIAL_VIEW, { type: 'set-playing', playing: true })).toBe(INITIAL_VIEW);
  });

  it('back clears a selection first, then leaves story mode', () => {
    const s = reduce(reduce(INITIAL_VIEW, { type: 'go-to-step', step: 3 }), {
      type: 'select',
      selection: { kind: 'entity', id: 'IRN' },
    });
    const once = reduce(s, { type: 'back' });
    expect(once).toMatchObject({ step: 3, selection: null });
    expect(reduce(once, { type: 'back' })).toMatchObject({ step: null, playing: false });
    expect(reduce(INITIAL_VIEW, { type: 'back' })).toBe(INITIAL_VIEW);
  });

  it('coming back resumes at the step story mode was left at: by → (next) or by the start button', () => {
    const left = reduce(reduce(INITIAL_VIEW, { type: 'go-to-step', step: 4 }), { type: 'back' });
    expect(left).toMatchObject({ step: null, resumeStep: 4 });
    expect(reduce(left, { type: 'next-step' })).toMatchObject({ step: 4 });
    expect(reduce(left, { type: 'start-story' })).toMatchObject({ step: 4 });
    expect(reduce(reduce(INITIAL_VIEW, { type: 'go-to-step', step: 2 }), { type: 'leave-story' })).toMatchObject({
      resumeStep: 2,
    });
    // Never told before: from the first step.
    expect(reduce(INITIAL_VIEW, { type: 'start-story' })).toMatchObject({ step: 0 });
  });

  it('blanks the screen in story mode only; moving to a step or leaving brings it back', () => {
    expect(reduce(INITIAL_VIEW, { type: 'set-blank', blank: true })).toBe(INITIAL_VIEW);
    const blank = reduce(reduce(INITIAL_VIEW, { type: 'go-to-step', step: 1 }), { type: 'set-blank', blank: true });
    expect(blank.blank).toBe(true);
    expect(reduce(blank, { type: 'set-blank', blank: false }).blank).toBe(false);
    expect(reduce(blank, { type: 'next-step' })).toMatchObject({ step: 2, blank: false });
    expect(reduce(blank, { type: 'back' })).toMatchObject({ step: null, blank: false });
  });

  it('a story without steps has no story mode', () => {
    const none = createViewReducer(relationCatalog(STORY), []);
    expect(none(INITIAL_VIEW, { type: 'go-to-step', step: 0 })).toBe(INITIAL_VIEW);
    expect(none(INITIAL_VIEW, { type: 'next-step' })).toBe(INITIAL_VIEW);
  });
});
