import { createHash } from 'node:crypto';

/**
 * SHA-256 of a value's canonical JSON (object keys sorted at every level), so the hash
 * depends on content only, never on the order a file happened to list its fields in.
 */
export function contentHash(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;
}

/** Canonical JSON: object keys sorted at every level, so equal content gives equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}
