import type { Page } from '@playwright/test';

/** How long an interaction may take to show its result before it counts as not measured. */
export const INTERACTION_TIMEOUT_MS = 15_000;

/** What to wait for after an input: `selector`'s text containing `text`, and the input events to time from. */
interface Arm {
  readonly selector: string;
  readonly text: string;
  /** Input event types, earliest first: the latency runs from the last of them that came before the change. */
  readonly events: readonly string[];
  readonly timeout: number;
}

/** What a click on a country brings: the panel that names it, then the sentences quoted under it. */
export interface ClickOutcome {
  /** Until the panel's title names the country, painted. */
  readonly panel: Outcome;
  /** Until its quoted sentences are in the page too, painted (they come after the title's frame). */
  readonly quotes: Outcome;
}

/** One interaction's timings (ms from the input event), or why it has none. */
export interface Outcome {
  /** Until the frame showing the result was painted. */
  readonly latency: number | null;
  /** Until the DOM showed the result (the rest of `latency` is layout, paint and waiting for a frame). */
  readonly toDom: number | null;
  readonly why: string;
}

/**
 * Arms the page (self-contained: serialised into it). Capture-phase listeners on window record each
 * input event's `timeStamp` (when the browser received the input, so time queued behind a busy main
 * thread counts); a MutationObserver waits for the expected text; then `requestAnimationFrame` followed
 * by `setTimeout` lands just after the frame that shows it is painted. Latency = that − the input.
 */
function armInPage({ selector, text, events, timeout, slot }: Arm & { readonly slot: number }): void {
  const w = window as unknown as { __benchInteractions?: Promise<Outcome>[] };
  const all = (w.__benchInteractions ??= []);
  // The element must be there (an empty `text` then asks for nothing more).
  const shows = () => {
    const el = document.querySelector(selector);
    return el !== null && el.textContent.includes(text);
  };
  if (shows()) {
    all[slot] = Promise.resolve({ latency: null, toDom: null, why: `${selector} already shows "${text}"` });
    return;
  }
  all[slot] = new Promise<Outcome>((resolve) => {
    const at = new Map<string, number>();
    const record = (e: Event) => {
      if (!at.has(e.type)) at.set(e.type, e.timeStamp);
    };
    for (const type of events) window.addEventListener(type, record, true);
    const done = (outcome: Outcome) => {
      observer.disconnect();
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, record, true);
      resolve(outcome);
    };
    const timer = setTimeout(
      () => done({ latency: null, toDom: null, why: `${selector} did not show "${text}" within ${timeout} ms` }),
      timeout,
    );
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      observer.disconnect();
      const changed = performance.now();
      // The event that caused the change: the latest one seen by now (a click, not the pointerdown
      // before it, when the app acts on click; the pointerdown if it acted on that).
      const started = events.reduce<number | undefined>((last, type) => at.get(type) ?? last, undefined);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const painted = performance.now();
          done(
            started === undefined
              ? { latency: null, toDom: null, why: `no ${events.join('/')} event seen` }
              : { latency: painted - started, toDom: changed - started, why: '' },
          );
        }),
      );
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Arms the page for each of `expects` (what one input brings, in the order it comes: a panel's title,
 * then its quotes), performs `act` (a click, a key), and returns each one's latency to its painted result.
 */
export async function interactionLatencies(
  page: Page,
  expects: readonly Omit<Arm, 'timeout'>[],
  act: () => Promise<void>,
): Promise<Outcome[]> {
  await page.evaluate(() => {
    (window as unknown as { __benchInteractions?: unknown[] }).__benchInteractions = [];
  });
  for (const [slot, expect] of expects.entries())
    await page.evaluate(armInPage, { ...expect, timeout: INTERACTION_TIMEOUT_MS, slot });
  await act();
  return page.evaluate(() =>
    Promise.all((window as unknown as { __benchInteractions: Promise<Outcome>[] }).__benchInteractions),
  );
}

/** Arms the page, performs `act` (a click, a key), and returns the latency to the painted result. */
export async function interactionLatency(
  page: Page,
  expect: Omit<Arm, 'timeout'>,
  act: () => Promise<void>,
): Promise<Outcome> {
  const [outcome] = await interactionLatencies(page, [expect], act);
  return outcome ?? { latency: null, toDom: null, why: 'no outcome' };
}
