/** The keys that press a button: Enter and Space, as a native <button> does. */
const ACTIVATION_KEYS = new Set(['Enter', ' ']);

/**
 * A keydown handler that runs `action` on Enter or Space, for an element that acts as a button
 * without being one (a mention inside a Nastaliq quote, a sentence in the reader: a <button> there
 * would be an unbreakable box and push whole lines apart). Space would otherwise scroll the panel.
 */
export function onActivationKey(action: () => void): (event: { readonly key: string; preventDefault(): void }) => void {
  return (event) => {
    if (!ACTIVATION_KEYS.has(event.key)) return;
    event.preventDefault();
    action();
  };
}
