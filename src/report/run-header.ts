import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { overridesLines } from '../presentation/overrides-lines.js';
import { html, type Html } from './html.js';
import { seatedActors } from './run-labels.js';

/** Seed, settings and who played: what a reader needs to reproduce or trust the run. */
export function runFacts(scenario: Scenario, record: RunRecord): Html {
  const { settings } = record;
  const seats = seatedActors(scenario, record.turns);
  const who = seats.length === 0 ? 'every actor played by the model' : `played by people: ${seats.map((a) => a.name).join(', ')}; the model played the rest`;
  return html`<p class="meta">${scenario.id} · seed ${record.seed} · ${record.turns.length} of ${settings.horizon} turns · rationality ${settings.rationality} · lookahead ${settings.lookahead} · engine ${record.engineVersion} · ${who}${overridesLines(record.overrides ?? {}).map((l) => ` · ${l}`)}</p>`;
}
