/**
 * Why a turn was not played. A refused turn never throws: the run is left as it was,
 * and the caller (a UI seat, a replay) decides what to tell the user.
 */
export type TurnError = 'run-finished' | 'unknown-action' | 'illegal-action';

export interface TurnRefusal {
  readonly ok: false;
  readonly error: TurnError;
  readonly message: string;
}
