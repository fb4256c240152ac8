import { Suspense } from 'react';
import { AreaBoundary } from '../app/AreaBoundary.tsx';
import { lazyPart } from '../app/lazyPart.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { toggleFullscreen } from '../lib/fullscreen.ts';
import type { ViewActions } from '../state/viewActions.ts';
import type { Story } from '../story/types.ts';

// Story mode's controls and timeline (with d3's scales and axis) load when a story is first told; the
// "Start story" button asks for them when the pointer or focus reaches it, so the click finds them in.
const loadStoryMode = () => Promise.all([import('./StoryControls.tsx'), import('./Timeline.tsx')]);
const StoryControls = lazyPart(
  () => import('./StoryControls.tsx'),
  (m) => m.StoryControls,
);
const Timeline = lazyPart(
  () => import('./Timeline.tsx'),
  (m) => m.Timeline,
);

/** Asks early for story mode's files (the pointer or focus is on the start button). */
export const prefetchStoryMode = (): void => void loadStoryMode();

interface Props {
  readonly story: Story;
  readonly step: number;
  readonly playing: boolean;
  readonly act: ViewActions;
}

/** Story mode over the map: the timeline of steps and the presenter's controls, guarded as one part. */
export function StoryOverlay({ story, step, playing, act }: Props) {
  const { t } = useMessages();
  return (
    <AreaBoundary area="story" title={t.app.storyFailed} onClose={act.leaveStory}>
      <Suspense fallback={null}>
        <Timeline story={story} step={step} onStep={act.goToStep} />
      </Suspense>
      <Suspense fallback={null}>
        <StoryControls
          story={story}
          step={step}
          playing={playing}
          onStep={act.goToStep}
          onPlaying={act.setPlaying}
          onFullscreen={() => void toggleFullscreen()}
          onHandout={() => window.print()}
          onShare={act.openShare}
          onLeave={act.leaveStory}
        />
      </Suspense>
    </AreaBoundary>
  );
}
