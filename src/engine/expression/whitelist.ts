/**
 * What an expression in a scenario file may do: read quantities, and combine them with
 * these operators and functions. Everything else (assignment, function definition,
 * property access, matrices, strings, units, `import`, `evaluate`…) is rejected at load.
 *
 * Truth values are numbers: comparisons and logic give 1 or 0; 0 and NaN count as false
 * and any other number as true, as in mathjs.
 */
export type Evaluator = (state: Float64Array) => number;
/** Writes an expression's value at `state` into `out[at]`. */
export type Store = (state: Float64Array, out: Float64Array, at: number) => void;

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

/**
 * mathjs's round: half away from zero, after snapping to 12 decimals a value within
 * tolerance of them. So 2.4999999999999 rounds to 3, and anything within 1e-15 of zero
 * (including -0) rounds to +0 while -0.3 rounds to -0, exactly as mathjs does.
 */
const round = (x: number): number => {
  const a = Math.abs(x);
  if (a <= 1e-15) return 0;
  const half = Math.floor(a) + 0.5;
  const snapsToHalf = a < half && half - a < 5e-13 && half - a <= 1e-12 * half;
  const r = snapsToHalf ? Math.ceil(a) : Math.round(a);
  return x < 0 ? -r : r;
};
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
  readonly ternary?: (a: number, b: number, c: number) => number;
  /** For min and max: the pairwise pick that `apply` folds over its arguments, left to right. */
  readonly fold?: Binary;
}

/**
 * mathjs's min and max, which are not Math.min and Math.max: a later argument replaces the
 * running result only when it is smaller (larger) beyond comparison tolerance, so ties keep
 * the first argument (min(0, -0) is 0, and 1/min(0, -0) is +Infinity); any NaN gives NaN.
 */
const min2: Binary = (a, b) => (Number.isNaN(b) || (b < a && !nearlyEqual(a, b)) ? b : a);
const max2: Binary = (a, b) => (Number.isNaN(b) || (b > a && !nearlyEqual(a, b)) ? b : a);
const fold = (pick: Binary) => (xs: readonly number[]): number => xs.reduce(pick);
const clamp = (x: number, lo: number, hi: number): number => min2(max2(x, lo), hi);

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
  min: { minArgs: 1, maxArgs: 16, binary: min2, fold: min2, apply: fold(min2) },
  max: { minArgs: 1, maxArgs: 16, binary: max2, fold: max2, apply: fold(max2) },
  clamp: { minArgs: 3, maxArgs: 3, ternary: clamp, apply: ([x, lo, hi]) => clamp(x!, lo!, hi!) },
};

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS).sort();

/** Longer texts are rejected before parsing: they are mistakes or attacks, never models. */
export const MAX_EXPRESSION_LENGTH = 500;

/** Deeper trees are rejected: compiling recurses once per level, and so does the generated code's nesting. */
export const MAX_EXPRESSION_DEPTH = 40;
