/** A share of runs as a percentage; small shares get two decimals, so a rare outcome's interval does not read 0.0%–0.0%. */
export function sharePercent(x: number): string {
  return `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;
}
