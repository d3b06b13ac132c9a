import type { SaveOutcome } from '../../src/records/save-record.js';

/**
 * An `onSave` for tests that do not look at saving: it says it saved, and writes nothing.
 * (A file of its own: the render-app test must not load Ink before it means to.)
 */
export const pretendSave = (): SaveOutcome => ({ saved: true, path: 'run.json', message: 'saved' });
