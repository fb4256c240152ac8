// pym.js (NPR's embed library, which many newsrooms use) speaks to its child frames in strings:
// `pym` + `xPYMx` + the frame's id + `xPYMx` + a type + `xPYMx` + a value. The parent gives the id
// in the frame's address (`childId`), sends the frame's width (`width`), and sets the frame's height
// to what the child sends (`height`). We speak it from our own code: pym's child script is not needed.

const DELIMITER = 'xPYMx';

/** The id pym's parent gave this frame (`childId` in its address), or null when it is not pym's or
 * the id is not one pym makes (letters, digits, `-` and `_`). */
export function pymChildId(search: string): string | null {
  let id: string | null;
  try {
    id = new URLSearchParams(search).get('childId');
  } catch {
    return null;
  }
  return id !== null && /^[\w-]{1,100}$/u.test(id) ? id : null;
}

/** The message that tells pym's parent this frame's height (px, whole). */
export function pymHeightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(Math.max(0, Math.ceil(height)))].join(DELIMITER);
}

/** Whether a message is pym's parent telling frame `id` its width (it asks for the height back). */
export function isPymWidth(data: unknown, id: string): boolean {
  return (
    typeof data === 'string' &&
    data.length < 200 &&
    new RegExp(`^pym${DELIMITER}${id}${DELIMITER}width${DELIMITER}\\d+(\\.\\d+)?$`, 'u').test(data)
  );
}
