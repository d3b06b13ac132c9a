/**
 * The names a relation between actors `a` and `b` answers to, in expressions and in
 * `initial:`: `rel_a_b` (its id, in the world's order) and `rel_b_a`.
 */
export function relationAliases([a, b]: readonly [string, string]): [id: string, reversed: string] {
  return [`rel_${a}_${b}`, `rel_${b}_${a}`];
}
