/** How a sweep picks its points: every combination of the values given, or a Latin hypercube over the ranges. */
export type SweepDesign = (typeof SWEEP_DESIGNS)[number];

/** The designs, in the order the help and messages list them. */
export const SWEEP_DESIGNS = ['grid', 'lhs'] as const;
