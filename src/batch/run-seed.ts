/**
 * The seed of run `index` in a batch: a hash of (batch seed, index), so every run of
 * every batch has its own seed, batches with nearby seeds don't overlap, and a run
 * depends only on its index — never on which worker ran it or in what order.
 * Any run can be replayed on its own with `wargame run <scenario> --seed <run seed>`.
 *
 * The result is a non-negative integer below 2^53 (53 bits from two 32-bit hashes),
 * so seed collisions are negligible even over billions of runs.
 */
export function runSeed(batchSeed: number, index: number): number {
  const low = batchSeed >>> 0;
  const high = Math.floor(batchSeed / 2 ** 32) >>> 0;
  const a = mix(mix(mix(index >>> 0) ^ low) ^ high);
  const b = mix(a ^ 0x9e3779b9 ^ Math.floor(index / 2 ** 32));
  return (b & 0x1fffff) * 2 ** 32 + a;
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
