import { langAttributes, type Lang } from '../i18n/lang.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { Story } from '../story/types.ts';
import type { ThemeName } from '../theme/palette.ts';

interface Props {
  readonly story: Story;
  readonly theme: ThemeName;
  /** The step the story was left at, to offer resuming it; null to start from the first. */
  readonly resumeStep: number | null;
  /** Whether the story is being told now (the start button is then not offered). */
  readonly telling: boolean;
  readonly onLang: (lang: Lang) => void;
  readonly onTheme: (theme: ThemeName) => void;
  readonly onShare: () => void;
  readonly onStartStory: () => void;
  /** Asks early for story mode's files, when the pointer or focus reaches the start button. */
  readonly onPrefetchStory: () => void;
}

/** The page's header outside a frame: the story's title (and the fixture badge), the tagline, and the
 * buttons for the other language, the theme, sharing and telling the story. */
export function AppHeader({
  story,
  theme,
  resumeStep,
  telling,
  onLang,
  onTheme,
  onShare,
  onStartStory,
  onPrefetchStory,
}: Props) {
  const { lang, t } = useMessages();
  return (
    <header className="app-header">
      <div className="header-text">
        <h1>
          <span {...langAttributes(lang)}>{story.meta.title[lang]}</span>
          {story.meta.fixture ? (
            <>
              {' '}
              <span className="fixture-badge">{t.app.fixtureBadge}</span>
            </>
          ) : null}
        </h1>
        <p className="subtitle">{t.app.tagline}</p>
      </div>
      <div className="header-actions">
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'en' ? 'ur' : 'en'}
          title={t.app.otherLanguageLabel}
          onClick={() => onLang(lang === 'en' ? 'ur' : 'en')}
        >
          {t.app.otherLanguage}
        </button>
        <button
          type="button"
          className="theme-toggle"
          aria-pressed={theme === 'dark'}
          onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {t.app.darkTheme}
        </button>
        <button type="button" className="share-open" aria-haspopup="dialog" onClick={onShare}>
          {t.app.share}
        </button>
        {story.steps.length > 0 && !telling ? (
          <button
            type="button"
            className="story-start"
            onPointerEnter={onPrefetchStory}
            onFocus={onPrefetchStory}
            onClick={onStartStory}
          >
            {resumeStep === null ? t.app.startStory : t.app.resumeStory(resumeStep + 1)}
          </button>
        ) : null}
      </div>
    </header>
  );
}
