/** The height message of the AMP convention, which host libraries (@newswire/frames, AMP's
 * amp-iframe, our public/embed.js) read: an object, not a JSON string. */
export interface EmbedSizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

/** The message for a content height in CSS px, rounded up so the frame never clips a last line. */
export function sizeMessage(height: number): EmbedSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.max(0, Math.ceil(height)) };
}

/** Whether a message is the AMP convention's hello from a host library that has begun watching
 * the frame (`{sentinel: "amp", type: "frames-init"}`, as @newswire/frames sends). */
export function isFramesInit(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m['sentinel'] === 'amp' && m['type'] === 'frames-init';
}
