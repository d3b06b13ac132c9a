import { didYouMean } from '../text/did-you-mean.js';
import type { Issue } from './issue.js';
import type { Library, Sourced } from './library.js';
import { Locator } from './locator.js';
import { relationAliases } from './relation-names.js';
import { RELATION_REACH } from './start-range.js';
import type { ActorDocument, ScenarioDocument, ScenarioVariation } from './schema.js';
import type { SourceDocument } from './source-document.js';
import type { ActionSpec, ActorSpec, InterestSpec, QuantitySpec, ScenarioSpec } from './spec.js';

export type Resolution =
  | { readonly ok: true; readonly spec: ScenarioSpec; readonly locator: Locator }
  | { readonly ok: false; readonly issues: Issue[]; readonly locator: Locator };

/**
 * Resolves a scenario document against the library: the built-in scenario it `extends`,
 * if any; the world's quantities (with the scenario's own and its `initial` overrides);
 * and each actor taking part, from the scenario's `actor_definitions` or the built-in
 * actors, with any `weights`, `interests` and `actions` replacements.
 */
export function resolveScenario(file: Sourced<ScenarioDocument | ScenarioVariation>, library: Library): Resolution {
  const locator = new Locator();
  locator.mount([], file.document);
  const merged = mergeVariation(file, library, locator);
  if (!merged.ok) return { ok: false, issues: merged.issues, locator };
  const { doc, documentOf } = merged;
  const scenario = { value: doc, document: documentOf('actors') };
  const issues: Issue[] = [];

  const quantities: QuantitySpec[] = [];
  const world = library.world.value;
  world.quantities.forEach((q, i) => {
    locator.mount(['quantities', quantities.length], library.world.document, ['quantities', i]);
    quantities.push(q);
  });
  world.relations.forEach((r, i) => {
    locator.mount(['quantities', quantities.length], library.world.document, ['relations', i]);
    const [a, b] = r.between;
    const nameOf = (id: string): string => library.actors.get(id)?.value.name ?? id;
    quantities.push({
      id: relationAliases(r.between)[0],
      label: `${nameOf(a)}–${nameOf(b)} relations`,
      unit: 'relation',
      min: -RELATION_REACH,
      max: RELATION_REACH,
      start: { min: -100, max: 100 },
      initial: r.initial,
      meaning: r.meaning,
      source: `${r.citation.article}: “${r.citation.quote}”`,
      citation: r.citation,
      between: [a, b],
    });
  });
  (doc.quantities ?? []).forEach((q, i) => {
    locator.mount(['quantities', quantities.length], documentOf('quantities'), ['quantities', i]);
    quantities.push(q);
  });

  const definitions = new Map<string, { actor: ActorDocument; index: number }>();
  (doc.actor_definitions ?? []).forEach((actor, index) => {
    const at = ['actor_definitions', index, 'id'];
    // A definition that silently replaced a built-in actor would make every reference to
    // that actor, and every weight override of it, mean something else.
    if (library.actors.has(actor.id)) {
      issues.push({ path: at, message: `'${actor.id}' is a built-in actor; give yours another id, or reweigh the built-in one with {use: ${actor.id}, weights: …}` });
    } else if (definitions.has(actor.id)) {
      issues.push({ path: at, message: `actor '${actor.id}' is defined twice` });
    } else if (!doc.actors.some((use) => use.use === actor.id)) {
      issues.push({ path: at, message: `actor '${actor.id}' is defined but not listed in actors, so it would never act` });
    }
    definitions.set(actor.id, { actor, index });
  });
  const known = new Set([...library.actors.keys(), ...definitions.keys()]);
  quantities.forEach((q, i) => {
    for (const id of q.between ?? []) {
      if (!known.has(id)) issues.push({ path: ['quantities', i, 'between'], message: `unknown actor '${id}'${didYouMean(id, known)}` });
    }
  });

  // Each quantity by its id and, for a relation, both its names (the first quantity a name
  // fits): a file of many `initial:` keys is looked up, not searched key by key.
  const byName = new Map<string, number>();
  quantities.forEach((q, index) => {
    for (const name of [q.id, ...(q.between ? relationAliases(q.between) : [])]) if (!byName.has(name)) byName.set(name, index);
  });
  const names = quantities.map((q) => q.id);
  for (const [id, value] of Object.entries(doc.initial ?? {})) {
    const index = byName.get(id);
    if (index === undefined) {
      issues.push({ path: ['initial'], key: id, message: `unknown quantity '${id}'${didYouMean(id, names)}` });
      continue;
    }
    locator.mount(['quantities', index, 'initial'], documentOf('initial', id), ['initial', id]);
    quantities[index] = { ...quantities[index]!, initial: value };
  }

  const actors: ActorSpec[] = [];
  const taking = new Set<string>();
  doc.actors.forEach((use, i) => {
    const id = use.use;
    // The reference itself stays in the scenario file, whichever file defines the actor.
    locator.mount(['actors', i, 'use'], scenario.document, ['actors', i, 'use']);
    locator.mount(['actors', i, 'weights'], scenario.document, ['actors', i, 'weights']);
    // Replacements are written in the scenario file, though the actor is defined elsewhere.
    for (const part of ['interests', 'actions']) locator.mount(['actors', i, 'replacing', part], scenario.document, ['actors', i, part]);
    if (taking.has(id)) issues.push({ path: ['actors', i, 'use'], message: `actor '${id}' is listed twice` });
    taking.add(id);
    const defined = definitions.get(id);
    const builtIn = library.actors.get(id);
    if (defined) locator.mount(['actors', i], documentOf('actor_definitions'), ['actor_definitions', defined.index]);
    else if (builtIn) locator.mount(['actors', i], builtIn.document);
    const base = defined?.actor ?? builtIn?.value;
    if (base === undefined) {
      issues.push({ path: ['actors', i, 'use'], message: `unknown actor '${id}'${didYouMean(id, known)}; known actors: ${[...known].join(', ')}` });
      return;
    }
    const interests: InterestSpec[] = base.interests.map((interest) => ({ ...interest }));
    for (const [interestId, weight] of Object.entries(use.weights ?? {})) {
      const k = interests.findIndex((interest) => interest.id === interestId);
      if (k < 0) {
        const names = interests.map((interest) => interest.id);
        issues.push({
          path: ['actors', i, 'weights'],
          key: interestId,
          message: `${base.name} has no interest '${interestId}'${didYouMean(interestId, names)}`,
        });
        continue;
      }
      locator.mount(['actors', i, 'interests', k, 'weight'], scenario.document, ['actors', i, 'weights', interestId]);
      interests[k] = { ...interests[k]!, weight };
    }
    for (const [interestId, replacement] of Object.entries(use.interests ?? {})) {
      const k = interests.findIndex((interest) => interest.id === interestId);
      if (k < 0) {
        const names = interests.map((interest) => interest.id);
        issues.push({ path: ['actors', i, 'replacing', 'interests'], key: interestId, message: `${base.name} has no interest '${interestId}'${didYouMean(interestId, names)}` });
        continue;
      }
      locator.mount(['actors', i, 'interests', k, 'expression'], scenario.document, ['actors', i, 'interests', interestId, 'expression']);
      interests[k] = { ...interests[k]!, expression: replacement.expression };
    }
    const actions: ActionSpec[] = base.actions.map((action) => ({ ...action }));
    for (const [actionId, replacement] of Object.entries(use.actions ?? {})) {
      const k = actions.findIndex((action) => action.id === actionId);
      if (k < 0) {
        const names = actions.map((action) => action.id);
        issues.push({ path: ['actors', i, 'replacing', 'actions'], key: actionId, message: `${base.name} has no action '${actionId}'${didYouMean(actionId, names)}` });
        continue;
      }
      const { rationale: _why, ...parts } = replacement;
      for (const part of Object.keys(parts)) {
        locator.mount(['actors', i, 'actions', k, part], scenario.document, ['actors', i, 'actions', actionId, part]);
      }
      actions[k] = { ...actions[k]!, ...parts };
    }
    const { rationality, ...definition } = base;
    actors.push({ ...definition, interests, actions, ...(rationality === undefined ? {} : { rationality: rationality.value }) });
  });

  if (issues.length > 0) return { ok: false, issues, locator };
  const spec: ScenarioSpec = {
    id: doc.id,
    title: doc.title,
    brief: doc.brief,
    citations: doc.citations,
    quantities,
    actors,
    horizon: doc.horizon,
    decision: doc.decision,
    trigger: doc.trigger,
    events: doc.events ?? [],
    // Only when declared, so that a scenario without injects keeps its hash.
    ...(doc.injects === undefined || doc.injects.length === 0 ? {} : { injects: doc.injects }),
    outcomes: doc.outcomes,
    // Only when named, so that a scenario without one keeps its hash.
    ...(doc.headline === undefined ? {} : { headline: doc.headline }),
  };
  return { ok: true, spec, locator };
}

type Merged =
  | { readonly ok: true; readonly doc: ScenarioDocument; readonly documentOf: (field: string, key?: string) => SourceDocument }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * A variation laid over the built-in scenario it extends: its fields replace the base's,
 * its `initial` values are merged over the base's. `documentOf` says which file a field
 * (or an initial value) came from, so errors point into the right one.
 */
function mergeVariation(file: Sourced<ScenarioDocument | ScenarioVariation>, library: Library, locator: Locator): Merged {
  const own = file.value;
  if (!('extends' in own) || own.extends === undefined) return { ok: true, doc: own as ScenarioDocument, documentOf: () => file.document };
  const baseId = own.extends;
  const base = library.scenario?.(baseId);
  if (base === undefined) {
    return { ok: false, issues: [{ path: ['extends'], message: `no built-in scenario '${baseId}' to extend` }] };
  }
  const { extends: _base, ...fields } = own;
  const given = new Set(Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined));
  for (const key of Object.keys(base.value)) {
    if (!given.has(key)) locator.mount([key], base.document, [key]);
  }
  const doc = { ...base.value, ...Object.fromEntries([...given].map((key) => [key, fields[key as keyof typeof fields]])) } as ScenarioDocument;
  const initial = { ...(base.value.initial ?? {}), ...(own.initial ?? {}) };
  const merged: ScenarioDocument = Object.keys(initial).length > 0 ? { ...doc, initial } : doc;
  const documentOf = (field: string, key?: string): SourceDocument => {
    if (field === 'initial' && key !== undefined) return own.initial && key in own.initial ? file.document : base.document;
    return given.has(field) ? file.document : base.document;
  };
  return { ok: true, doc: merged, documentOf };
}
