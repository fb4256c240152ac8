import { Suspense, type RefObject } from 'react';
import { AreaBoundary } from '../app/AreaBoundary.tsx';
import { lazyPart } from '../app/lazyPart.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { MapHandle } from '../map/mapSnapshot.ts';
import type { ViewActions } from '../state/viewActions.ts';
import type { ViewState } from '../state/viewState.ts';
import type { Relation, Story } from '../story/types.ts';

// The share dialog (and, through it, the PNG export) loads when it is first opened; a load that fails
// (offline, a redeploy) is said in its place, and can be tried again or closed (lazyPart).
const ShareDialog = lazyPart(
  () => import('./ShareDialog.tsx'),
  (m) => m.ShareDialog,
);

interface Props {
  readonly story: Story;
  readonly view: ViewState;
  /** The `story` parameter the address keeps: the slug, or null for the default story. */
  readonly storyParam: string | null;
  /** The relations drawn now, for the picture's key. */
  readonly drawn: readonly Relation[];
  readonly map: RefObject<MapHandle | null>;
  readonly act: ViewActions;
}

/** The share, embed and download dialog, guarded as one part of the page. */
export function ShareArea({ act, ...props }: Props) {
  const { t } = useMessages();
  return (
    <AreaBoundary area="share" title={t.app.shareFailed} onClose={act.closeShare}>
      <Suspense fallback={null}>
        <ShareDialog {...props} onClose={act.closeShare} />
      </Suspense>
    </AreaBoundary>
  );
}
