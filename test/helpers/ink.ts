import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';

export const KEYS = {
  right: '\u001B[C',
  left: '\u001B[D',
  up: '\u001B[A',
  down: '\u001B[B',
  home: '\u001B[H',
  end: '\u001B[F',
  tab: '\t',
  enter: '\r',
  escape: '\u001B',
} as const;

/** Lets Ink read pending input and React commit the resulting render. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** Renders a real component tree and drives it with keystrokes, as a terminal would. */
export async function mount(element: ReactElement) {
  const instance = render(element);
  const frame = (): string => instance.lastFrame() ?? '';
  // A loaded machine may take far longer than one pause to draw the first screen.
  await vi.waitFor(() => expect(frame()).not.toBe(''), { timeout: 15_000, interval: 10 });
  await settle();
  return {
    frame,
    /** Waits (up to 15 s) until the screen shows `text`: rendering is asynchronous, and slower under load. */
    async shows(text: string | RegExp): Promise<void> {
      await vi.waitFor(() => expect(frame()).toMatch(text), { timeout: 15_000, interval: 10 });
    },
    /** Waits (up to 15 s) until the screen no longer shows `text`. */
    async hides(text: string | RegExp): Promise<void> {
      await vi.waitFor(() => expect(frame()).not.toMatch(text), { timeout: 15_000, interval: 10 });
    },
    async press(...keys: string[]): Promise<void> {
      for (const key of keys) {
        instance.stdin.write(key);
        await settle();
      }
    },
    /** Pretends the terminal was resized, as a real one emits 'resize'. */
    async resize(columns: number, rows: number): Promise<void> {
      Object.defineProperty(instance.stdout, 'columns', { get: () => columns, configurable: true });
      Object.defineProperty(instance.stdout, 'rows', { value: rows, configurable: true, writable: true });
      instance.stdout.emit('resize');
      await settle();
    },
    unmount: () => instance.unmount(),
  };
}
