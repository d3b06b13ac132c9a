/** "under --set a=1, b=2", or nothing when a run used the scenario as written. */
export function overridesLines(overrides: Readonly<Record<string, number>>): string[] {
  const entries = Object.entries(overrides);
  return entries.length === 0 ? [] : [`under --set ${entries.map(([path, value]) => `${path}=${value}`).join(', ')}`];
}
