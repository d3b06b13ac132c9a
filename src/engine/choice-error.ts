import type { TurnRefusal } from './turn-error.js';

/** A scripted choice the rules refused, in a run played from a list of choices. */
export class ChoiceError extends Error {
  override readonly name = 'ChoiceError';
  constructor(
    readonly turn: number,
    readonly refusal: TurnRefusal,
  ) {
    super(`turn ${turn}: ${refusal.message}`);
  }
}
