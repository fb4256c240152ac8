import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

interface Props {
  /** Which part of the page this guards (`map`, `panel`, `table`...). */
  readonly area: string;
  /** What the reader is told in place of the part that failed. */
  readonly title: string;
  readonly className?: string;
  /** The part can be closed instead of tried again (a dialog, an overlay). */
  readonly onClose?: () => void;
  readonly children: ReactNode;
}

/** An ErrorBoundary for one part of the app, its buttons worded in the reader's language. */
export function AreaBoundary({ area, title, className, onClose, children }: Props) {
  const { t } = useMessages();
  return (
    <ErrorBoundary
      area={area}
      title={title}
      {...(className === undefined ? {} : { className })}
      retryLabel={t.app.retry}
      loadFailedHint={t.app.loadFailedHint}
      reloadLabel={t.app.reload}
      {...(onClose ? { onDismiss: { label: t.app.close, dismiss: onClose } } : {})}
    >
      {children}
    </ErrorBoundary>
  );
}
