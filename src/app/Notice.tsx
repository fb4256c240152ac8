import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  readonly text: string;
  readonly onDismiss: () => void;
}

/** A short, dismissible note, e.g. of what was ignored in the address. */
export function Notice({ text, onDismiss }: Props) {
  const { t } = useMessages();
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{text}</span>
      <button type="button" onClick={onDismiss} aria-label={t.app.dismiss}>
        ×
      </button>
    </div>
  );
}
