/**
 * A state of the world, or a run state, that does not fit the scenario it was given
 * with: the wrong number of values (a state of another scenario?), a value that is not a
 * finite number, outside its quantity's range, or not whole where the quantity is an
 * integer. A mistake in the calling code, so it is thrown; a refused move never is.
 */
export class StateError extends RangeError {
  override readonly name = 'StateError';
  constructor(
    message: string,
    /** The quantity at fault, by id, when one is. */
    readonly quantity?: string,
  ) {
    super(message);
  }
}
