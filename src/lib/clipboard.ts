/** How a copy went: on the clipboard, or (where the page may not write to it: an iframe without
 * the permission, an old browser, a denied prompt) left selected in its field for the reader. */
export type CopyResult = 'copied' | 'selected';

/**
 * Copies `text`; where the clipboard is not allowed, selects it in `field` instead, so one Ctrl+C
 * (Cmd+C) finishes the job. Never throws.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<CopyResult> {
  try {
    // `clipboard` is missing outside secure contexts, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied: fall through to the selection.
  }
  field?.focus();
  field?.select();
  return 'selected';
}
