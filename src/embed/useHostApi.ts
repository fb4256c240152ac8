import { useEffect, useRef, type Dispatch } from 'react';
import type { Selection, ViewAction } from '../state/viewState.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ThemeName } from '../theme/palette.ts';
import { APP, parseHostCommand, type CommandCatalog, type HostEvent } from './hostMessages.ts';

/** Posts an event to the host page; a parent that cannot be reached is simply not told. */
function tell(event: HostEvent): void {
  try {
    window.parent.postMessage(event, '*');
  } catch {
    // Nothing to do: the map works the same without a listening host.
  }
}

/**
 * In a frame, listens to the host page's commands (from the parent window only, whatever its
 * origin: the publisher's) and tells it `ready`, and every change of selection, step, theme and language.
 */
export function useHostApi(
  active: boolean,
  slug: string,
  catalog: CommandCatalog,
  dispatch: Dispatch<ViewAction>,
  state: { selection: Selection; step: number | null; theme: ThemeName; lang: Lang },
): void {
  const inFrame = active && typeof window !== 'undefined' && window.parent !== window;
  const latest = useRef(catalog);
  useEffect(() => {
    latest.current = catalog;
  }, [catalog]);
  useEffect(() => {
    if (!inFrame) return;
    const onMessage = (event: MessageEvent) => {
      // Only the page that embeds us gives commands: not our own window, not a sibling frame.
      if (event.source !== window.parent) return;
      const action = parseHostCommand(event.data, latest.current);
      if (action) dispatch(action);
    };
    window.addEventListener('message', onMessage);
    tell({ app: APP, type: 'ready', story: slug });
    return () => window.removeEventListener('message', onMessage);
  }, [inFrame, slug, dispatch]);
  const { selection, step, theme, lang } = state;
  useEffect(() => {
    if (inFrame) tell({ app: APP, type: 'selection', selection });
  }, [inFrame, selection]);
  useEffect(() => {
    if (inFrame) tell({ app: APP, type: 'step', step: step === null ? null : step + 1 });
  }, [inFrame, step]);
  useEffect(() => {
    if (inFrame) tell({ app: APP, type: 'theme', theme });
  }, [inFrame, theme]);
  useEffect(() => {
    if (inFrame) tell({ app: APP, type: 'lang', lang });
  }, [inFrame, lang]);
}
