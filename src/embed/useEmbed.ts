import { useMemo, type Dispatch } from 'react';
import type { ViewAction, ViewState } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';
import { useEmbedHeight } from './useEmbedHeight.ts';
import { useEmbedSize } from './useEmbedSize.ts';
import { useHostApi } from './useHostApi.ts';

/**
 * The app in a publisher's frame: one height per width (never the content's), told to the host page,
 * and the host's commands taken and its page told of each change. Returns the height, or null outside
 * a frame.
 */
export function useEmbed(story: Story, view: ViewState, dispatch: Dispatch<ViewAction>): number | null {
  const height = useEmbedHeight(view.embed, view.embedFit);
  useEmbedSize(height);
  const catalog = useMemo(
    () => ({
      entities: new Set(story.entities.map((e) => e.id)),
      relations: new Set(story.relations.map((r) => r.id)),
      steps: story.steps.length,
    }),
    [story],
  );
  const { selection, step, theme, lang } = view;
  useHostApi(view.embed, story.slug, catalog, dispatch, { selection, step, theme, lang });
  return height;
}
