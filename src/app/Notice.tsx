interface Props {
  readonly text: string;
  readonly onDismiss: () => void;
}

/** A short, dismissible note, e.g. of what was ignored in the address. */
export function Notice({ text, onDismiss }: Props) {
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{text}</span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss this note">
        ×
      </button>
    </div>
  );
}
