import type { ActorDocument, ScenarioDocument, WorldDocument } from './schema.js';
import type { SourceDocument } from './source-document.js';

/** A validated document together with the file it came from, for error locations. */
export interface Sourced<T> {
  readonly value: T;
  readonly document: SourceDocument;
}

/**
 * What scenario files build on: the standard world, the built-in actors, and the
 * articles every citation must quote from (file name → text).
 */
export interface Library {
  readonly world: Sourced<WorldDocument>;
  readonly actors: ReadonlyMap<string, Sourced<ActorDocument>>;
  readonly articles: ReadonlyMap<string, string>;
  /** A built-in scenario's document, for `extends`; undefined for an unknown id. */
  readonly scenario?: ((id: string) => Sourced<ScenarioDocument> | undefined) | undefined;
}
