/** Saves a canvas as a PNG file through the browser's own download, from a blob of this page (no
 * request leaves it). Rejects when the browser cannot encode the picture. */
export async function downloadPng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded as PNG.');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the address can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
