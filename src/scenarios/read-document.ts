import type { z } from 'zod';
import type { Sourced } from './library.js';
import { formatLocation, ScenarioError } from './scenario-error.js';
import { validate } from './schema-issues.js';
import { SourceDocument } from './source-document.js';
import { snapshotData } from './yaml-snapshot.js';

/**
 * YAML text → a document validated against `schema` (or the schema it picks for the data),
 * kept with its source positions.
 * Throws a ScenarioError with every YAML or schema problem at `file:line:column`.
 */
export function readDocument<T>(text: string, file: string, schema: z.ZodType<T> | ((data: unknown) => z.ZodType<T>)): Sourced<T> {
  const known = snapshotData(file, text);
  if (known !== undefined) return validateDocument(SourceDocument.known(text, file, known), schema);
  const parsed = SourceDocument.parse(text, file);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  return validateDocument(parsed.document, schema);
}

/** A parsed document validated against `schema`; throws a ScenarioError with every schema problem, located. */
export function validateDocument<T>(document: SourceDocument, schema: z.ZodType<T> | ((data: unknown) => z.ZodType<T>)): Sourced<T> {
  const valid = validate(typeof schema === 'function' ? schema(document.data) : schema, document.data);
  if (!valid.ok) {
    throw new ScenarioError(
      valid.issues.map((issue) => ({ where: formatLocation(document.locate(issue.path, issue)), message: issue.message })),
    );
  }
  return { value: valid.value, document };
}
