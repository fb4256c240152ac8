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
