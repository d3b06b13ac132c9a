import type { z } from 'zod';
import type { Sourced } from './library.js';
import { formatLocation, ScenarioError } from './scenario-error.js';
import { DOCUMENT_KINDS, type DocumentKind } from './schema.js';
import { validate } from './schema-issues.js';
import { SourceDocument } from './source-document.js';
import { snapshotEntry } from './yaml-snapshot.js';

/** What each kind of document validates to: what its schema in DOCUMENT_KINDS gives. */
export type DocumentTypes = { readonly [K in DocumentKind]: z.infer<ReturnType<(typeof DOCUMENT_KINDS)[K]>> };

/**
 * YAML text → a document of the kind `kindOf` picks for its data, validated and kept with
 * its source positions. A package file unchanged since the build takes its data and its
 * validated value from the build's snapshot (`yaml-snapshot.ts`), so neither the YAML
 * parser nor zod is loaded for it.
 * Throws a ScenarioError with every YAML or schema problem at `file:line:column`.
 */
export function readDocument<K extends DocumentKind>(text: string, file: string, kindOf: (data: unknown) => K): Sourced<DocumentTypes[K]> {
  const known = snapshotEntry(file, text);
  if (known === undefined) return validateDocument(parsedDocument(text, file), (data) => DOCUMENT_KINDS[kindOf(data)]() as z.ZodType<DocumentTypes[K]>);
  const document = SourceDocument.known(text, file, known.data);
  const kind = kindOf(known.data);
  // A copy, as validation would give: what one caller does with its value reaches no other.
  if (known.valid?.[kind] !== undefined) return { value: structuredClone(known.valid[kind]) as DocumentTypes[K], document };
  return validateDocument(document, DOCUMENT_KINDS[kind]() as z.ZodType<DocumentTypes[K]>);
}

/** YAML text → a document validated against `schema` (or the schema it picks for the data); errors as readDocument's. */
export function readDocumentWith<T>(text: string, file: string, schema: z.ZodType<T> | ((data: unknown) => z.ZodType<T>)): Sourced<T> {
  const known = snapshotEntry(file, text);
  return validateDocument(known === undefined ? parsedDocument(text, file) : SourceDocument.known(text, file, known.data), schema);
}

/** YAML text the build's snapshot does not know → its document; throws a ScenarioError with every YAML problem, located. */
function parsedDocument(text: string, file: string): SourceDocument {
  const parsed = SourceDocument.parse(text, file);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  return parsed.document;
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
