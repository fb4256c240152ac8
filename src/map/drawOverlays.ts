// The map's DOM overlays (the arcs' kind marks, labels, dots, leaders, edge markers) drawn onto a
// canvas for the PNG export, as the browser laid them out: their places, colours and fonts are read
// back from the page, so the picture is the map the reader sees. Canvas text is shaped by the same engine as the page,
// so Nastaliq joins as it does on screen.

/** The overlays a PNG shows; the map's buttons (zoom, views) and the tooltip are left out. */
const LABEL_SELECTOR = '.node-label, .edge-marker';

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Opacity as drawn: the element's own times each ancestor's up to the map. */
function opacityOf(el: Element, root: Element): number {
  let o = 1;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement)
    o *= Number.parseFloat(getComputedStyle(e).opacity) || 0;
  return o;
}

/** A px length from computed style ("5px", "50%" of `size`). */
function px(value: string, size = 0): number {
  if (value.endsWith('%')) return (Number.parseFloat(value) / 100) * size;
  return Number.parseFloat(value) || 0;
}

function roundRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.left, r.top, r.width, r.height, Math.min(radius, r.width / 2, r.height / 2));
}

/** A label's box: its ground, its border, and a thicker coloured left border (the role's colour). */
function drawBox(ctx: CanvasRenderingContext2D, el: HTMLElement, r: Rect): void {
  const cs = getComputedStyle(el);
  const radius = px(cs.borderTopLeftRadius, r.width);
  ctx.save();
  roundRect(ctx, r, radius);
  ctx.fillStyle = cs.backgroundColor;
  ctx.fill();
  ctx.clip();
  const left = px(cs.borderLeftWidth);
  if (left > 0 && cs.borderLeftStyle !== 'none') {
    ctx.fillStyle = cs.borderLeftColor;
    ctx.fillRect(r.left, r.top, left, r.height);
  }
  ctx.restore();
  const top = px(cs.borderTopWidth);
  if (top > 0 && cs.borderTopStyle !== 'none') {
    ctx.save();
    ctx.strokeStyle = cs.borderTopColor;
    ctx.lineWidth = top;
    if (cs.borderTopStyle === 'dashed') ctx.setLineDash([4, 3]);
    roundRect(
      ctx,
      { left: r.left + top / 2, top: r.top + top / 2, width: r.width - top, height: r.height - top },
      radius,
    );
    ctx.stroke();
    ctx.restore();
  }
}

/** The rotation an element is drawn with (the edge markers' arrows), in degrees; 0 for none. */
function rotationOf(el: Element): number {
  const t = el instanceof HTMLElement ? el.style.transform : '';
  const m = /rotate\((-?[\d.]+)deg\)/u.exec(t);
  return m ? Number(m[1]) : 0;
}

/** Draws one run of text at the box the page gave it, on the page's baseline. */
function drawRun(ctx: CanvasRenderingContext2D, text: string, r: Rect, rtl: boolean): void {
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const m = ctx.measureText(text);
  const ascent = m.fontBoundingBoxAscent;
  const descent = m.fontBoundingBoxDescent;
  // The inline box of a run is the font's ascent plus descent; centre that on the box drawn.
  const y = r.top + (r.height - (ascent + descent)) / 2 + ascent;
  ctx.fillText(text, rtl ? r.left + r.width : r.left, y);
}

/** Every visible text of an element, in its own font and colour, where the page laid it out. */
function drawTexts(ctx: CanvasRenderingContext2D, el: HTMLElement, root: Element): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (text === '' || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
    const cs = getComputedStyle(parent);
    ctx.save();
    ctx.globalAlpha = opacityOf(parent, root);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.fillStyle = cs.color;
    const rtl = cs.direction === 'rtl';
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width >= 2 && r.height >= 2);
    const angle = rotationOf(parent);
    const box = parent.getBoundingClientRect();
    if (angle !== 0) {
      // A rotated glyph (an arrow pointing off the frame): turned about its own centre.
      ctx.translate(box.left + box.width / 2, box.top + box.height / 2);
      ctx.rotate((angle * Math.PI) / 180);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 0, 0);
    } else if (rects.length === 1 && rects[0]) {
      drawRun(ctx, text, rects[0], rtl);
    } else {
      // Wrapped over lines: word by word, each where the page put it (words shape on their own,
      // as Arabic script does not join across a space).
      const raw = node.textContent ?? '';
      for (const match of raw.matchAll(/\S+/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const r = range.getBoundingClientRect();
        if (r.width >= 1) drawRun(ctx, match[0], r, rtl);
      }
    }
    ctx.restore();
  }
}

/** A place's dot, drawn from its button's `::after` (the visible dot inside the larger target). */
function drawDot(ctx: CanvasRenderingContext2D, el: HTMLElement, root: Element): void {
  const cs = getComputedStyle(el, '::after');
  const box = el.getBoundingClientRect();
  const border = px(cs.borderTopWidth);
  const inner = px(cs.width);
  const size = cs.boxSizing === 'border-box' ? inner : inner + 2 * border;
  const r = {
    left: box.left + box.width / 2 - size / 2,
    top: box.top + box.height / 2 - size / 2,
    width: size,
    height: size,
  };
  const radius = px(cs.borderTopLeftRadius, size);
  ctx.save();
  ctx.globalAlpha = opacityOf(el, root);
  roundRect(ctx, r, radius);
  ctx.fillStyle = cs.borderTopColor;
  ctx.fill();
  roundRect(
    ctx,
    { left: r.left + border, top: r.top + border, width: size - 2 * border, height: size - 2 * border },
    Math.max(0, radius - border),
  );
  ctx.fillStyle = cs.backgroundColor;
  ctx.fill();
  ctx.restore();
}

/** The leader lines from nudged dots back to their true places. */
function drawLeaders(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, root: Element): void {
  const at = svg.getBoundingClientRect();
  for (const line of svg.querySelectorAll('line')) {
    const cs = getComputedStyle(line);
    ctx.save();
    ctx.globalAlpha = opacityOf(line, root);
    ctx.strokeStyle = cs.stroke;
    ctx.lineWidth = px(cs.strokeWidth) || 1;
    ctx.beginPath();
    ctx.moveTo(at.left + line.x1.baseVal.value, at.top + line.y1.baseVal.value);
    ctx.lineTo(at.left + line.x2.baseVal.value, at.top + line.y2.baseVal.value);
    ctx.stroke();
    ctx.restore();
  }
  for (const circle of svg.querySelectorAll('circle')) {
    const cs = getComputedStyle(circle);
    ctx.save();
    ctx.globalAlpha = opacityOf(circle, root);
    ctx.fillStyle = cs.fill;
    ctx.beginPath();
    ctx.arc(
      at.left + circle.cx.baseVal.value,
      at.top + circle.cy.baseVal.value,
      circle.r.baseVal.value,
      0,
      2 * Math.PI,
    );
    ctx.fill();
    ctx.restore();
  }
}

/** The arcs' kind marks (ArcMarks): each path with the transform, fill and halo the page drew it with. */
function drawArcMarks(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, root: Element): void {
  if (!svg.checkVisibility({ visibilityProperty: true })) return;
  const at = svg.getBoundingClientRect();
  for (const path of svg.querySelectorAll<SVGPathElement>('path.arc-mark')) {
    // getCTM, not the transform list's consolidate(), which would rewrite the page's own attribute.
    const m = path.getCTM();
    const d = path.getAttribute('d');
    if (!m || !d) continue;
    const cs = getComputedStyle(path);
    const shape = new Path2D(d);
    ctx.save();
    ctx.globalAlpha = opacityOf(path, root);
    ctx.translate(at.left, at.top);
    ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
    // The halo first (the page's paint-order), then the fill over its inner half.
    ctx.lineJoin = cs.strokeLinejoin as CanvasLineJoin;
    ctx.lineWidth = px(cs.strokeWidth);
    ctx.strokeStyle = cs.stroke;
    if (ctx.lineWidth > 0 && cs.stroke !== 'none') ctx.stroke(shape);
    ctx.fillStyle = cs.fill;
    ctx.fill(shape, cs.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
    ctx.restore();
  }
}

/**
 * Draws the overlays inside `root` (the map's frame) onto `ctx`, whose origin is the frame's top
 * left corner and whose scale is `pixelRatio` device pixels per CSS px. What lies outside the frame
 * is clipped, as on screen.
 */
export function drawOverlays(ctx: CanvasRenderingContext2D, root: HTMLElement, pixelRatio: number): void {
  const frame = root.getBoundingClientRect();
  ctx.save();
  ctx.scale(pixelRatio, pixelRatio);
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.height);
  ctx.clip();
  ctx.translate(-frame.left, -frame.top);
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg.arc-marks')) drawArcMarks(ctx, svg, root);
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg.leaders')) drawLeaders(ctx, svg, root);
  for (const dot of root.querySelectorAll<HTMLElement>('.node-dot')) drawDot(ctx, dot, root);
  for (const label of root.querySelectorAll<HTMLElement>(LABEL_SELECTOR)) {
    if (!label.checkVisibility({ visibilityProperty: true })) continue;
    const r = label.getBoundingClientRect();
    ctx.save();
    ctx.globalAlpha = opacityOf(label, root);
    drawBox(ctx, label, r);
    ctx.restore();
    drawTexts(ctx, label, root);
  }
  ctx.restore();
}
