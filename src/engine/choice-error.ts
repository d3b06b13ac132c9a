import { WargameError } from '../errors/wargame-error.js';
import type { TurnRefusal } from './turn-error.js';

/** A scripted choice the rules refused, in a run played from a list of choices. */
export class ChoiceError extends WargameError {
  override readonly name = 'ChoiceError';
  readonly code = 'invalid-data' as const;
  constructor(
    readonly turn: number,
    readonly refusal: TurnRefusal,
  ) {
    super(`turn ${turn}: ${refusal.message}`);
  }
}
