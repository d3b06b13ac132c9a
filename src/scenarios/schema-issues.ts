import type { z } from 'zod';
import { didYouMean } from '../text/did-you-mean.js';
import type { Issue, Path } from './issue.js';

/**
 * Validates data against a document schema and returns the data, or issues in words a
 * scenario author understands ("missing field 'quote'", "unknown field 'wieght' (did you
 * mean 'weight'?)") rather than the validator's own.
 */
export function validate<T>(schema: z.ZodType<T>, data: unknown): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const missing = missingFieldsByMap(result.error.issues);
  // One message per place: zod can find several faults in one value (a huge number is
  // both unsafe and over the maximum), and the first says enough.
  const seen = new Set<string>();
  const issues = result.error.issues
    .flatMap((issue) => (isMissing(issue) ? missingIssue(issue, missing) : readable(schema, issue)))
    .filter((issue) => {
      const place = `${issue.path.join('\u0000')}\u0001${issue.key ?? ''}`;
      if (seen.has(place)) return false;
      seen.add(place);
      return true;
    });
  return { ok: false, issues };
}

const pathOf = (issue: z.core.$ZodIssue): Path => issue.path.filter((p): p is string | number => typeof p !== 'symbol');
const isMissing = (issue: z.core.$ZodIssue): boolean => issue.code === 'invalid_type' && issue.input === undefined;
const mapKey = (path: Path): string => path.slice(0, -1).join('\u0000');

/** The fields missing from each map, keyed by the map's path. */
function missingFieldsByMap(issues: readonly z.core.$ZodIssue[]): Map<string, string[]> {
  const byMap = new Map<string, string[]>();
  for (const issue of issues.filter(isMissing)) {
    const path = pathOf(issue);
    byMap.set(mapKey(path), [...(byMap.get(mapKey(path)) ?? []), String(path[path.length - 1])]);
  }
  return byMap;
}

/**
 * Fields missing from one map are all reported at that map's line, so they are named in one
 * message there, with the first of them, not a line each (a file that is not a scenario at
 * all would get nine).
 */
function missingIssue(issue: z.core.$ZodIssue, missing: Map<string, string[]>): Issue[] {
  const path = pathOf(issue);
  const fields = missing.get(mapKey(path)) ?? [];
  if (fields[0] !== String(path[path.length - 1])) return [];
  const message = fields.length === 1 ? `missing required field '${fields[0]}'` : `missing required fields ${fields.map((f) => `'${f}'`).join(', ')}`;
  return [{ path, message }];
}

function readable(schema: z.ZodType, issue: z.core.$ZodIssue): Issue[] {
  const path = pathOf(issue);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(schema, path);
      return issue.keys.map((key) => ({
        path,
        key,
        message: `unknown field '${key}'${didYouMean(key, allowed)}${allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''}`,
      }));
    }
    case 'invalid_type':
      return [{ path, message: `expected ${describeExpected(issue.expected)}, found ${describeValue(issue.input)}` }];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'array') return [{ path, message: `needs ${word} ${bound} entr${bound === 1 ? 'y' : 'ies'}` }];
      if (issue.origin === 'string' && !issue.message.startsWith('Too')) return [{ path, message: issue.message }];
      if (issue.origin === 'string') return [{ path, message: `must be ${word} ${bound} characters long` }];
      return [{ path, message: `must be ${word} ${bound}, not ${describeValue(issue.input)}` }];
    }
    case 'invalid_value':
      return [{ path, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** The field names the schema allows for the object at `path`. */
function fieldsAt(schema: z.ZodType, path: Path): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (let i = 0; i <= path.length && node !== undefined; ) {
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
        node = def.innerType as z.core.$ZodType;
        continue;
      case 'pipe':
        node = def.out as z.core.$ZodType;
        continue;
      case 'object':
        if (i === path.length) {
          const shape = def.shape as Record<string, z.ZodType>;
          // A field named only to refuse it with a reason is not one to suggest.
          return Object.keys(shape).filter((key) => shape[key]!.meta()?.['refused'] !== true);
        }
        node = (def.shape as Record<string, z.core.$ZodType>)[String(path[i])];
        i++;
        continue;
      case 'array':
        node = def.element as z.core.$ZodType;
        i++;
        continue;
      case 'record':
        node = def.valueType as z.core.$ZodType;
        i++;
        continue;
      default:
        return [];
    }
  }
  return [];
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'array':
      return 'a list';
    case 'object':
      return 'a map of fields';
    case 'tuple':
      return 'a list';
    default:
      return `a ${expected}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `the text '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number') return `${value}`;
  return `${typeof value} ${String(value)}`;
}
