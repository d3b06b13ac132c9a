/**
 * What an expression in a scenario file may do: read quantities, and combine them with
 * these operators and functions. Everything else (assignment, function definition,
 * property access, matrices, strings, units, `import`, `evaluate`…) is rejected at load.
 *
 * Truth values are numbers: comparisons and logic give 1 or 0; 0 and NaN count as false
 * and any other number as true, as in mathjs.
 */
export type Evaluator = (state: Float64Array) => number;

type Unary = (a: number) => number;
type Binary = (a: number, b: number) => number;

const truth = (x: boolean): number => (x ? 1 : 0);

/**
 * Equality with mathjs's default tolerances (relTol 1e-12, absTol 1e-15), so that
 * `0.1 + 0.2 == 0.3` holds in a scenario file as it does in mathjs.
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= Math.max(1e-12 * Math.max(Math.abs(a), Math.abs(b)), 1e-15);
}

/** Half away from zero, as mathjs rounds. */
const round = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));
/** mathjs's floor and ceil: a value within tolerance of a whole number counts as that number. */
const floor = (x: number): number => {
  const f = Math.floor(x);
  const r = round(x);
  return f !== r && nearlyEqual(x, r) && !nearlyEqual(x, f) ? r : f;
};
const ceil = (x: number): number => {
  const c = Math.ceil(x);
  const r = round(x);
  return c !== r && nearlyEqual(x, r) && !nearlyEqual(x, c) ? r : c;
};

/** Operators by mathjs function name, with their arity. */
export const UNARY_OPERATORS: Readonly<Record<string, Unary>> = {
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
  not: (a) => truth(!a),
};

export const BINARY_OPERATORS: Readonly<Record<string, Binary>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
  // With mathjs's snapping floor, so that 0.3 mod 0.1 is 0 as in mathjs, not 0.09999….
  mod: (a, b) => (b === 0 ? a : a - b * floor(a / b)),
  smaller: (a, b) => truth(a < b && !nearlyEqual(a, b)),
  smallerEq: (a, b) => truth(a <= b || nearlyEqual(a, b)),
  larger: (a, b) => truth(a > b && !nearlyEqual(a, b)),
  largerEq: (a, b) => truth(a >= b || nearlyEqual(a, b)),
  equal: (a, b) => truth(nearlyEqual(a, b)),
  unequal: (a, b) => truth(!nearlyEqual(a, b)),
  xor: (a, b) => truth(!a !== !b),
};

/** `and` and `or` short-circuit, so they are compiled separately. */
export const LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** mathjs's names for the comparisons that may be chained: `a < b <= c`. */
export const COMPARISONS: ReadonlySet<string> = new Set([
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'equal',
  'unequal',
]);

export interface AllowedFunction {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly apply: (args: readonly number[]) => number;
  /** Faster paths for the common arities, so the hot loop builds no argument arrays. */
  readonly unary?: Unary;
  readonly binary?: Binary;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);

export const FUNCTIONS: Readonly<Record<string, AllowedFunction>> = {
  abs: { minArgs: 1, maxArgs: 1, unary: Math.abs, apply: ([a]) => Math.abs(a!) },
  sign: { minArgs: 1, maxArgs: 1, unary: Math.sign, apply: ([a]) => Math.sign(a!) },
  sqrt: { minArgs: 1, maxArgs: 1, unary: Math.sqrt, apply: ([a]) => Math.sqrt(a!) },
  exp: { minArgs: 1, maxArgs: 1, unary: Math.exp, apply: ([a]) => Math.exp(a!) },
  log: {
    minArgs: 1,
    maxArgs: 2,
    unary: Math.log,
    binary: (a, base) => Math.log(a) / Math.log(base),
    apply: ([a, base]) => (base === undefined ? Math.log(a!) : Math.log(a!) / Math.log(base)),
  },
  log10: { minArgs: 1, maxArgs: 1, unary: Math.log10, apply: ([a]) => Math.log10(a!) },
  floor: { minArgs: 1, maxArgs: 1, unary: floor, apply: ([a]) => floor(a!) },
  ceil: { minArgs: 1, maxArgs: 1, unary: ceil, apply: ([a]) => ceil(a!) },
  round: { minArgs: 1, maxArgs: 1, unary: round, apply: ([a]) => round(a!) },
  pow: { minArgs: 2, maxArgs: 2, binary: (a, b) => a ** b, apply: ([a, b]) => a! ** b! },
  min: { minArgs: 1, maxArgs: 16, binary: Math.min, apply: (xs) => Math.min(...xs) },
  max: { minArgs: 1, maxArgs: 16, binary: Math.max, apply: (xs) => Math.max(...xs) },
  clamp: { minArgs: 3, maxArgs: 3, apply: ([x, lo, hi]) => clamp(x!, lo!, hi!) },
};

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS).sort();

/** Longer texts are rejected before parsing: they are mistakes or attacks, never models. */
export const MAX_EXPRESSION_LENGTH = 500;

/** Deeper trees are rejected: the compiled closures recurse once per level. */
export const MAX_EXPRESSION_DEPTH = 40;
