import type { RowFormat } from '../batch/run-rows.js';

const NEWLINE = 0x0a;
const encoder = new TextEncoder();

/**
 * A batch's row bytes with a point's inputs put in front of every line: as the first
 * cells of a CSV line (and, in the header, the paths as column names), or as the first
 * keys of a JSON Lines object. The rows are copied once, never decoded.
 */
export function withInputs(bytes: Uint8Array, format: RowFormat, paths: readonly string[], values: readonly number[], header: boolean): Uint8Array {
  if (format === 'csv') {
    if (header) return concat(encoder.encode(`${paths.map(csvName).join(',')},`), bytes);
    return insertPerLine(bytes, encoder.encode(`${values.map(String).join(',')},`), 0);
  }
  if (bytes.length === 0) return bytes;
  // After each line's opening brace.
  return insertPerLine(bytes, encoder.encode(`${paths.map((path, i) => `${JSON.stringify(path)}:${String(values[i])}`).join(',')},`), 1);
}

function insertPerLine(bytes: Uint8Array, insert: Uint8Array, at: number): Uint8Array {
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) lines++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) lines++;
  const out = new Uint8Array(bytes.length + lines * insert.length);
  let from = 0;
  let to = 0;
  while (from < bytes.length) {
    let end = bytes.indexOf(NEWLINE, from);
    end = end < 0 ? bytes.length : end + 1;
    out.set(bytes.subarray(from, from + at), to);
    to += at;
    out.set(insert, to);
    to += insert.length;
    out.set(bytes.subarray(from + at, end), to);
    to += end - from - at;
    from = end;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A path as a CSV column name: paths are letters, digits, `_` and `.`, so this only guards. */
function csvName(path: string): string {
  return /[",\n\r]/.test(path) ? `"${path.replaceAll('"', '""')}"` : path;
}
