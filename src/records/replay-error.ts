/** A run record that cannot be replayed here: another scenario, scenario version or engine version. */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
}
