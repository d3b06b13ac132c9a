import { describe, expect, it } from 'vitest';
import { eventLabel, injectLabel, outcomeLabels } from '../../src/engine/scenario-labels.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');
const drill = loadScenario(new URL('../classroom/fixtures/hormuz-drill.yaml', import.meta.url).pathname);

describe('a scenario’s parts named by id', () => {
  it('names every event and inject by its label', () => {
    for (const event of hormuz.events) expect(eventLabel(hormuz, event.id)).toBe(event.label);
    expect(drill.injects.length).toBeGreaterThan(0);
    for (const inject of drill.injects) expect(injectLabel(drill, inject.id)).toBe(inject.label);
  });

  it('names an actor, its action and that action’s chance outcome', () => {
    const actor = hormuz.actors.find((a) => a.actions.some((x) => x.outcomes.length > 1))!;
    const action = actor.actions.find((x) => x.outcomes.length > 1)!;
    const outcome = action.outcomes[1]!;
    expect(outcomeLabels(hormuz, { actor: actor.id, action: action.id, outcome: outcome.id })).toEqual({ actor: actor.name, action: action.label, outcome: outcome.label });
  });

  it('names a part the scenario lacks by its id, rather than not at all', () => {
    expect(eventLabel(hormuz, 'no_such_event')).toBe('no_such_event');
    expect(injectLabel(hormuz, 'no_such_inject')).toBe('no_such_inject');
    expect(outcomeLabels(hormuz, { actor: 'nobody', action: 'nothing', outcome: 'never' })).toEqual({ actor: 'nobody', action: 'nothing', outcome: 'never' });
  });
});
