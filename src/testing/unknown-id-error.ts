import { didYouMean } from '../text/did-you-mean.js';

/**
 * An id the scenario does not have: an action, an interest or a quantity. The message
 * names the function, the nearest id ("did you mean") and every id there is.
 */
export class UnknownIdError extends RangeError {
  override readonly name = 'UnknownIdError';
  constructor(
    caller: string,
    /** What was looked for: `Russia has no action`, `no quantity in 's400'`. */
    what: string,
    readonly id: string,
    /** The ids there are. */
    readonly known: readonly string[],
  ) {
    super(`${caller}: ${what} '${id}'${didYouMean(id, known)}; there are ${known.join(', ')}`);
  }
}
