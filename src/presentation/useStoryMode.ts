import { useCallback } from 'react';
import { toggleFullscreen } from '../lib/fullscreen.ts';
import type { ViewActions } from '../state/viewActions.ts';
import type { ViewState } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';
import type { StoryKeyAction } from './storyKeys.ts';
import { useAutoplay } from './useAutoplay.ts';
import { openSpeakerNotes, useNotesChannel } from './useNotesChannel.ts';
import { useStoryKeys } from './useStoryKeys.ts';

/**
 * Story mode's keys, clicker, autoplay and speaker notes. The keys listen in story mode; before it,
 * → (or a clicker's PageDown) starts the story and F goes fullscreen, so a teacher can open the page,
 * press F, and tell the whole story with → alone. A story without steps listens for none.
 */
export function useStoryMode(story: Story, view: Pick<ViewState, 'step' | 'blank' | 'playing'>, act: ViewActions) {
  const { step } = view;
  const count = story.steps.length;
  const onStoryKey = useCallback(
    (action: StoryKeyAction) => {
      switch (action.type) {
        case 'next':
          return act.nextStep();
        case 'previous':
          return act.previousStep();
        case 'first':
          return act.goToStep(0);
        case 'last':
          return act.goToStep(count - 1);
        case 'jump':
          // A digit past the last step means nothing, rather than the last step.
          return action.step < count ? act.goToStep(action.step) : undefined;
        case 'fullscreen':
          return void toggleFullscreen();
        case 'notes':
          return step === null ? undefined : openSpeakerNotes(step);
        case 'blank':
          return act.blank();
      }
    },
    [act, count, step],
  );
  useNotesChannel(story.slug, step, act.goToStep);
  useStoryKeys(count === 0 ? 'off' : step === null ? 'explore' : 'story', view.blank, onStoryKey, act.wake);
  useAutoplay(view.playing, step, act.nextStep);
}
