import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CODE_ALPHABET, CODE_BITS, newJoinCode, normalJoinCode } from '../../src/classroom/join-code.js';
import { CodeThrottle } from '../../src/classroom/code-throttle.js';
import { MAX_CLIENT_MESSAGE_BYTES, readClientMessage } from '../../src/classroom/protocol.js';

const symbol = fc.constantFrom(...CODE_ALPHABET);
const code = fc.array(symbol, { minLength: 8, maxLength: 8 }).map((s) => `${s.slice(0, 4).join('')}-${s.slice(4).join('')}`);

describe('join codes', () => {
  test('carry at least 30 bits and hold no look-alike symbol', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(30);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  test('are never the same as one already taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const next = newJoinCode(taken);
      expect(taken.has(next)).toBe(false);
      taken.add(next);
    }
  });

  test.prop([code, fc.array(fc.constantFrom(' ', '-', ''), { minLength: 9, maxLength: 9 }), fc.boolean()])(
    'read the same however a student spaces, hyphenates or cases them',
    (written, separators, lower) => {
      const bare = written.replace('-', '');
      const typed = [...bare].map((c, i) => separators[i] + c).join('') + separators[8];
      expect(normalJoinCode(lower ? typed.toLowerCase() : typed)).toBe(written);
    },
  );
});

describe('wrong codes from one address', () => {
  test.prop([fc.array(fc.constantFrom('fail', 'wait', 'succeed'), { maxLength: 60 }), fc.array(fc.nat(5000), { minLength: 60, maxLength: 60 })])(
    'wait at most 30 s, nothing for the first three, and nothing after a right one',
    (steps, pauses) => {
      let now = 0;
      const throttle = new CodeThrottle(() => now);
      let failures = 0;
      steps.forEach((step, i) => {
        now += pauses[i]!;
        if (step === 'fail') {
          throttle.failed('10.0.0.7');
          failures += 1;
        } else if (step === 'succeed') {
          throttle.succeeded('10.0.0.7');
          failures = 0;
        }
        const wait = throttle.waitFor('10.0.0.7');
        expect(wait).toBeLessThanOrEqual(30_000);
        if (failures <= 3) expect(wait).toBe(0);
        expect(throttle.waitFor('10.0.0.8')).toBe(0);
      });
    },
  );
});

describe("a client's message", () => {
  test.prop([fc.oneof(fc.string({ maxLength: 6000 }), fc.json({ maxDepth: 3 }), fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'))])(
    'is read or refused with a sentence, never thrown on',
    (text) => {
      const read = readClientMessage(text);
      if ('refused' in read) {
        expect(['malformed', 'oversized']).toContain(read.refused);
        expect(read.message).toMatch(/^message refused/);
        if (Buffer.byteLength(text) > MAX_CLIENT_MESSAGE_BYTES) expect(read.refused).toBe('oversized');
      } else {
        expect(['hello', 'move', 'pause', 'resume', 'model-view', 'timer', 'end', 'order']).toContain(read.type);
      }
    },
  );

  test.prop([fc.record({ type: fc.constant('move'), turn: fc.integer(), action: fc.string({ maxLength: 200 }) })])(
    'is a move only with a whole turn from 1 and an action id of 1 to 100 characters',
    (move) => {
      const read = readClientMessage(JSON.stringify(move));
      const valid = move.turn >= 1 && move.turn <= 100_000 && move.action.length >= 1 && move.action.length <= 100;
      expect('refused' in read).toBe(!valid);
    },
  );
});
