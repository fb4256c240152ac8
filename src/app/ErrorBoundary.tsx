import './ErrorBoundary.css';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the reader is told in place of the part that failed (given by the app, so it can be translated). */
  readonly title: string;
  /** The label of the button that draws the part again. */
  readonly retryLabel: string;
  /** Which part of the page this guards (`map`, `panel`): where the message sits, and a handle for tests. */
  readonly area: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Keeps one part of the page from taking the rest down: if its children throw while rendering (or in
 * an effect), it shows `title` and a button that tries them again, and the other parts keep working.
 * React reports the error itself (console.error). Errors in event handlers are not caught here: each
 * handler keeps its own.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private readonly retry = () => {
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    const { title, retryLabel, area, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div className="error-boundary" role="alert" data-boundary={area}>
        <p className="error-boundary-title">{title}</p>
        <button type="button" className="error-boundary-retry pill" onClick={this.retry}>
          {retryLabel}
        </button>
      </div>
    );
  }
}
