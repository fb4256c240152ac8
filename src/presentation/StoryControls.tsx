import { useMessages } from '../i18n/useMessages.ts';
import './presentation.css';
import { useEffect, useState } from 'react';
import { isFullscreen } from '../lib/fullscreen.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The step shown, 0-based. */
  readonly step: number;
  readonly playing: boolean;
  readonly onStep: (step: number) => void;
  readonly onPlaying: (playing: boolean) => void;
  readonly onFullscreen: () => void;
  /** Print the handout (the browser's print, which also saves it as a PDF). */
  readonly onHandout: () => void;
  /** Open the share dialog (the site's header, which has it too, is not shown in story mode). */
  readonly onShare: () => void;
  readonly onLeave: () => void;
}

/**
 * The on-screen controls of story mode, under the map: previous and next, a progress bar of step
 * dots (each one a way to its step), autoplay with pause, fullscreen, and the way out. The keys do
 * the same (see storyKeys.ts); these are for a mouse, a touch screen, or a teacher who forgets.
 */
export function StoryControls({
  story,
  step,
  playing,
  onStep,
  onPlaying,
  onFullscreen,
  onHandout,
  onShare,
  onLeave,
}: Props) {
  const { lang, t } = useMessages();
  const m = t.story;
  const count = story.steps.length;
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  useEffect(() => {
    const onChange = () => setFullscreen(isFullscreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return (
    <nav className="story-controls" aria-label={m.steps}>
      <button
        type="button"
        className="story-previous"
        onClick={() => onStep(step - 1)}
        disabled={step === 0}
        aria-label={m.previous}
      >
        {m.previousArrow}
      </button>
      <ol className="story-dots" style={{ ['--progress' as string]: `${(step / Math.max(1, count - 1)) * 100}%` }}>
        {story.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="story-dot"
              aria-current={i === step ? 'step' : undefined}
              data-done={i < step || undefined}
              aria-label={m.stepLabel(i + 1, s.title[lang])}
              title={m.stepLabel(i + 1, s.title[lang])}
              onClick={() => onStep(i)}
            >
              {t.number(i + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="story-next"
        onClick={() => onStep(step + 1)}
        disabled={step === count - 1}
        aria-label={m.next}
      >
        {m.nextShort}
      </button>
      <span className="story-tools">
        <button type="button" className="story-play" aria-pressed={playing} onClick={() => onPlaying(!playing)}>
          {playing ? m.pause : m.play}
        </button>
        <button
          type="button"
          className="story-fullscreen"
          aria-pressed={fullscreen}
          onClick={onFullscreen}
          title={m.fullscreenKey}
        >
          {fullscreen ? m.exitFullscreen : m.fullscreen}
        </button>
        <button type="button" className="story-handout" onClick={onHandout} title={m.handoutHint}>
          {m.handout}
        </button>
        <button type="button" className="story-share" aria-haspopup="dialog" onClick={onShare}>
          {t.app.share}
        </button>
        <button type="button" className="story-leave" onClick={onLeave} title={m.leaveKey}>
          {m.leave}
        </button>
      </span>
    </nav>
  );
}
