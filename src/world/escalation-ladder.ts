/**
 * Herman Kahn's escalation ladder (On Escalation: Metaphors and Scenarios, 1965): 44
 * rungs from an ostensible crisis to spasm war, grouped by the thresholds he named.
 * Rung 0 stands for ordinary disagreement below the ladder.
 */
export interface Rung {
  readonly rung: number;
  readonly name: string;
  /** Kahn's group of rungs, e.g. "Traditional crises". */
  readonly stage: string;
}

const STAGES: readonly (readonly [string, number, readonly string[]])[] = [
  ['Below the ladder', 0, ['Disagreement — Cold War']],
  ['Subcrisis manoeuvring', 1, ['Ostensible crisis', 'Political, economic and diplomatic gestures', 'Solemn and formal declarations']],
  [
    'Traditional crises',
    4,
    [
      'Hardening of positions — confrontation of wills',
      'Show of force',
      'Significant mobilisation',
      '"Legal" harassment — retortions',
      'Harassing acts of violence',
      'Dramatic military confrontations',
    ],
  ],
  [
    'Intense crises',
    10,
    [
      'Provocative breaking off of diplomatic relations',
      'Super-ready status',
      'Large conventional war (or actions)',
      'Large compound escalation',
      'Declaration of limited conventional war',
      'Barely nuclear war',
      'Nuclear "ultimatums"',
      'Limited evacuation (about 20%)',
      'Spectacular show or demonstration of force',
      '"Justifiable" counterforce attack',
      '"Peaceful" world-wide embargo or blockade',
    ],
  ],
  [
    'Bizarre crises',
    21,
    [
      'Local nuclear war — exemplary',
      'Declaration of limited nuclear war',
      'Local nuclear war — military',
      'Unusual, provocative and significant countermeasures',
      'Evacuation (about 70%)',
    ],
  ],
  [
    'Exemplary central attacks',
    26,
    [
      'Demonstration attack on zone of interior',
      'Exemplary attack on military',
      'Exemplary attacks against property',
      'Exemplary attacks on population',
      'Complete evacuation (about 95%)',
      'Reciprocal reprisals',
    ],
  ],
  [
    'Military central wars',
    32,
    [
      'Formal declaration of "general" war',
      'Slow-motion counter-"property" war',
      'Slow-motion counterforce war',
      'Constrained force-reduction salvo',
      'Constrained disarming attack',
      'Counterforce-with-avoidance attack',
      'Unmodified counterforce attack',
    ],
  ],
  [
    'Civilian central wars',
    39,
    [
      'Slow-motion countercity war',
      'Countervalue salvo',
      'Augmented disarming attack',
      'Civilian devastation attack',
      'Some other kinds of controlled general war',
      'Spasm or insensate war',
    ],
  ],
];

export const ESCALATION_LADDER: readonly Rung[] = STAGES.flatMap(([stage, first, names]) =>
  names.map((name, i) => ({ rung: first + i, name, stage })),
);

/** The rung at a (rounded, clamped) escalation level. */
export function escalationRung(level: number): Rung {
  const rung = Math.min(44, Math.max(0, Math.round(level)));
  return ESCALATION_LADDER[rung]!;
}
