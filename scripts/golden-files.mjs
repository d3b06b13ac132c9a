/** The seeds every built-in scenario is recorded at in test/golden/records/. */
export const GOLDEN_SEEDS = [1, 7, 42];

/** @param {string} scenario @param {number} seed */
export const goldenFileName = (scenario, seed) => `${scenario}-seed${seed}.json`;
