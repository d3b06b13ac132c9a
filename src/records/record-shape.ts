/**
 * Bounds on the shape of a run record, checked before its fields are: they keep the
 * work and the messages of refusing a hostile record in proportion to what is wrong
 * with it, not to how many items it repeats. Each is far above what any run writes (a
 * turn lists one option per legal action, one term per interest; a state names each
 * quantity), and `turns`, checked one turn at a time, is bounded by the file's size.
 */
export const MAX_LIST_ENTRIES = 1000;
export const MAX_MAP_KEYS = 10_000;
export const MAX_KEY_LENGTH = 1000;

/**
 * What makes `data` too large or strange to be a run record, as `path: reason`, or
 * undefined. Walks the whole value with an explicit stack, so nesting cannot overflow
 * the call stack, and refuses a `__proto__` key: JavaScript objects cannot hold one as
 * data, so an altered record could otherwise lose it unseen.
 */
export function boundedShapeProblem(data: unknown): string | undefined {
  const stack: { value: object; path: string }[] = [{ value: data as object, path: '' }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, path } = top;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ENTRIES && path !== 'turns') {
        return `${path}: ${value.length} entries; a run record lists at most ${MAX_LIST_ENTRIES} here`;
      }
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: `${path}[${i}]` });
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_MAP_KEYS) return `${path || '(document)'}: ${keys.length} fields; a run record has at most ${MAX_MAP_KEYS} in one place`;
    for (const key of keys) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key.length > MAX_KEY_LENGTH) return `${path || '(document)'}: a field name ${key.length} characters long; the limit is ${MAX_KEY_LENGTH}`;
      if (key === '__proto__') return `${at}: the key '__proto__' is not allowed`;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, path: at });
    }
  }
  return undefined;
}

/**
 * At most this many values (numbers, strings, lists, maps, and the entries in them) in a
 * record's JSON, as `countJsonValues` counts them: the largest record a scenario file can
 * make counts about 2.4 million.
 * Counted in the text before it is parsed, because parsing is where the memory goes: a
 * file of `[[],[],…]` or `{"a":1,"b":1,…}` makes millions of objects from few bytes.
 */
export const MAX_JSON_VALUES = 4_000_000;

/** Roughly how many values JSON text holds: separators and openers outside strings. */
export function countJsonValues(text: string): number {
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c || c === 0x3a || c === 0x5b || c === 0x7b) count++; // , : [ {
  }
  return count;
}
