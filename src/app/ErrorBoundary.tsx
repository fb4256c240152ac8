import './ErrorBoundary.css';
import { Component, type ReactNode } from 'react';
import { isLoadFailure } from '../lib/loadFailure.ts';
import { retryFailedParts } from './lazyPart.ts';

interface Props {
  /** What the reader is told in place of the part that failed (given by the app, so it can be translated). */
  readonly title: string;
  /** The label of the button that draws the part again. */
  readonly retryLabel: string;
  /** Which part of the page this guards (`map`, `panel`): where the message sits, and a handle for tests. */
  readonly area: string;
  /** Said after the title when the part's file could not be loaded (offline, or the site updated). */
  readonly loadFailedHint?: string;
  /** The label of the button that loads the whole page again (offered when a file could not be loaded). */
  readonly reloadLabel?: string;
  /** A class for the message's box, where the part it stands in for has one (the table's overlay). */
  readonly className?: string;
  /** Closes the part instead (a dialog whose file could not be loaded), with this button's label. */
  readonly onDismiss?: { readonly label: string; readonly dismiss: () => void };
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  /** The part's file could not be loaded, rather than its code failing. */
  readonly notLoaded: boolean;
}

/**
 * Keeps one part of the page from taking the rest down: if its children throw while rendering (or in
 * an effect), or its file cannot be loaded (see lazyPart), it shows `title` and a button that tries
 * them again (and, for a file that could not be loaded, one that reloads the page: after a redeploy
 * only a new page finds the new files), and the other parts keep working.
 * React reports the error itself (console.error). Errors in event handlers are not caught here: each
 * handler keeps its own.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, notLoaded: false };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, notLoaded: isLoadFailure(error) };
  }

  private readonly retry = () => {
    // A part whose file could not be loaded fetches it again (React would keep the failure).
    retryFailedParts();
    this.setState({ failed: false, notLoaded: false });
  };

  override render(): ReactNode {
    const { title, retryLabel, area, loadFailedHint, reloadLabel, className, onDismiss, children } = this.props;
    const { failed, notLoaded } = this.state;
    if (!failed) return children;
    return (
      <div
        className={`error-boundary${className ? ` ${className}` : ''}`}
        role="alert"
        data-boundary={area}
        data-not-loaded={notLoaded || undefined}
      >
        <p className="error-boundary-title">
          {title}
          {notLoaded && loadFailedHint ? ` ${loadFailedHint}` : ''}
        </p>
        <div className="error-boundary-actions">
          <button type="button" className="error-boundary-retry pill" onClick={this.retry}>
            {retryLabel}
          </button>
          {notLoaded && reloadLabel ? (
            <button type="button" className="pill" onClick={() => window.location.reload()}>
              {reloadLabel}
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="pill" onClick={onDismiss.dismiss}>
              {onDismiss.label}
            </button>
          ) : null}
        </div>
      </div>
    );
  }
}
