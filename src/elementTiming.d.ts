// Element Timing (https://wicg.github.io/element-timing/): Chromium reports when a marked element's
// text is painted; React passes the attribute through, it only needs the type.
import 'react';

declare module 'react' {
  // The type parameter must match React's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /** The name the element's paint is reported under (PerformanceElementTiming.identifier). */
    elementtiming?: string;
  }
}
