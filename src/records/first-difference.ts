/**
 * Where two JSON values first differ, as a path (`options[1].expectedUtility`) with both
 * values, or undefined when they are equal as JSON (key order aside; 0 and -0 alike).
 * Replay uses it to say what in a record is not what the run gives, not only that
 * something is. Give it values as JSON would carry them (see `asJson`).
 */
export function firstDifference(recorded: unknown, replayed: unknown, path = ''): string | undefined {
  if (recorded === replayed) return undefined;
  const bothObjects = typeof recorded === 'object' && typeof replayed === 'object' && recorded !== null && replayed !== null;
  if (!bothObjects || Array.isArray(recorded) !== Array.isArray(replayed)) {
    return `${path || 'the value'} is ${show(recorded)} in the record but ${show(replayed)} on replay`;
  }
  const a = recorded as Record<string, unknown>;
  const b = replayed as Record<string, unknown>;
  const list = Array.isArray(recorded);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const at = list ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    // Own properties only: a record's key named `constructor` or `toString` must not be
    // compared with what every object inherits under that name.
    const difference = firstDifference(own(a, key), own(b, key), at);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

const own = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** A value as it reads back from JSON: what a saved record holds, so what to compare with. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
