import { describe, expect, it } from 'vitest';
import { onActivationKey } from '../../../src/lib/activationKeys.ts';

describe('onActivationKey', () => {
  const press = (key: string) => {
    let ran = 0;
    let prevented = false;
    onActivationKey(() => ran++)({ key, preventDefault: () => (prevented = true) });
    return { ran, prevented };
  };

  it('acts on Enter and Space, and keeps Space from scrolling the page', () => {
    expect(press('Enter')).toEqual({ ran: 1, prevented: true });
    expect(press(' ')).toEqual({ ran: 1, prevented: true });
  });

  it('leaves every other key alone (Tab must still move focus)', () => {
    for (const key of ['Tab', 'Escape', 'a', 'ArrowDown', 'Spacebar '])
      expect(press(key)).toEqual({ ran: 0, prevented: false });
  });
});
