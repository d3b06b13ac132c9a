import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { runScenario } from '../../src/records/run.js';
import type { RunRecord, TurnRecord } from '../../src/records/run-record.js';
import { loadScenario } from '../../src/scenarios/load.js';

// What the articles report as history, reproduced by the baseline scenarios, and the
// reasons the decision records give for it. Nothing here is forced by the scenario files:
// every option below is open to the actor, and loses on the terms the articles name.

const RUNS = 1000;
const batches = new Map<string, ReturnType<typeof runBatchInThread>>();
const batch = (id: string): ReturnType<typeof runBatchInThread> => {
  if (!batches.has(id)) batches.set(id, runBatchInThread(loadScenario(id), { runs: RUNS, seed: 1 }));
  return batches.get(id)!;
};
const share = (id: string, outcome: string): number => batch(id).outcomes.find((o) => o.id === outcome)!.share;

// Several claims read the same records of a scenario; they only read them.
const played = new Map<string, RunRecord[]>();
const records = (id: string, count = 40): RunRecord[] => {
  const key = `${id} ${count}`;
  if (!played.has(key)) {
    const scenario = loadScenario(id);
    played.set(key, Array.from({ length: count }, (_, i) => runScenario(scenario, { seed: i + 1 })));
  }
  return played.get(key)!;
};

/** For every decision by `actor` where `action` was open: contribution(action) − contribution(best other option), by interest. */
function disadvantages(runs: RunRecord[], actor: string, action: string): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (const turn of runs.flatMap((r) => r.turns).filter((t: TurnRecord) => t.actor === actor)) {
    const option = turn.options.find((o) => o.action === action);
    const others = turn.options.filter((o) => o.action !== action);
    if (option === undefined || others.length === 0) continue;
    const best = others.reduce((a, b) => (b.expectedUtility > a.expectedUtility ? b : a));
    out.push(Object.fromEntries(option.terms.map((t, k) => [t.interest, t.contribution - best.terms[k]!.contribution])));
  }
  return out;
}

describe('s400: Russia refuses Iran the S-400', () => {
  it(`delivers in at most 10% of ${RUNS} runs`, () => {
    expect(share('s400', 'russia_arms_iran')).toBeLessThanOrEqual(0.1);
  });

  it('because of its Ukraine war and its ties to Israel and the Gulf, which outweigh its ties to Iran', () => {
    const why = disadvantages(records('s400'), 'russia', 'deliver_s400');
    expect(why.length).toBeGreaterThan(20);
    for (const terms of why) {
      expect(terms['ukraine_war']).toBeLessThan(0); // S-400s diverted, and the West arms Ukraine in reply
      expect(terms['ties_with_israel']).toBeLessThan(0);
      expect(terms['ties_with_gulf']).toBeLessThan(0);
      expect(terms['ties_with_iran']).toBeGreaterThan(0);
      expect(terms['ukraine_war']! + terms['ties_with_israel']! + terms['ties_with_gulf']!).toBeLessThan(-terms['ties_with_iran']!);
    }
  });

  it('and offers mediation instead in most runs', () => {
    expect(share('s400', 'russia_offers_mediation')).toBeGreaterThan(0.5);
  });
});

describe('hormuz: Iran threatens but does not close the strait', () => {
  it(`closes it in at most 20% of ${RUNS} runs`, () => {
    expect(share('hormuz', 'strait_closed')).toBeLessThanOrEqual(0.2);
  });

  it('because closing would cut its own oil sales to China, invite war and cost it China', () => {
    const why = disadvantages(records('hormuz'), 'iran', 'close_strait');
    expect(why.length).toBeGreaterThan(20);
    for (const terms of why) {
      expect(terms['oil_exports']).toBeLessThan(0);
      expect(terms['security']).toBeLessThan(0);
      expect(terms['ties_with_china']).toBeLessThanOrEqual(0);
    }
  });

  it('while China, which depends on the strait, presses Iran and never arms it', () => {
    expect(share('hormuz', 'china_presses_iran')).toBeGreaterThan(0.2);
    const china = records('hormuz').flatMap((r) => r.turns).filter((t) => t.actor === 'china');
    expect(china.filter((t) => t.choice === 'supply_air_defence').length).toBe(0);
  });
});

describe('strike: the US joins Israel; Russia, China and North Korea stay out', () => {
  it('the US strikes Iran’s nuclear sites in most runs, for the programme it wants ended', () => {
    expect(share('strike', 'us_joins_strikes')).toBeGreaterThan(0.8);
    const why = disadvantages(records('strike'), 'usa', 'strike_nuclear_sites');
    const first = why[0]!;
    expect(first['iran_nuclear_threat']).toBeGreaterThan(0);
  });

  it('Russia, China and North Korea arm Iran in at most 10% of runs each', () => {
    expect(share('strike', 'russia_arms_iran')).toBeLessThanOrEqual(0.1);
    expect(share('strike', 'china_arms_iran')).toBeLessThanOrEqual(0.1);
    expect(share('strike', 'north_korea_arms_iran')).toBeLessThanOrEqual(0.1);
  });

  it('North Korea backs Russia, not Iran: it supplies Russia far more often than it arms Iran', () => {
    const turns = ['hormuz', 's400', 'strike'].flatMap((id) => records(id).flatMap((r) => r.turns)).filter((t) => t.actor === 'north_korea');
    const supply = turns.filter((t) => t.choice === 'supply_russia').length;
    const arm = turns.filter((t) => t.choice === 'arm_iran').length;
    expect(supply).toBeGreaterThan(5 * Math.max(1, arm));
  });
});

describe('uranium: Moscow offers fuel in place of enrichment', () => {
  it('offers enriched uranium in most runs, and Iran does not race past 60', () => {
    expect(share('uranium', 'russia_offers_uranium')).toBeGreaterThan(0.5);
    expect(share('uranium', 'programme_past_60')).toBeLessThanOrEqual(0.05);
  });

  it('because it does not want Iran near the threshold: the offer always gains on that term', () => {
    const why = disadvantages(records('uranium'), 'russia', 'offer_enriched_uranium');
    expect(why.length).toBeGreaterThan(20);
    for (const terms of why) expect(terms['no_iranian_bomb']).toBeGreaterThan(0);
  });
});

describe('beijing: China does not give Iran air defences', () => {
  it(`delivers in at most 5% of ${RUNS} runs`, () => {
    expect(share('beijing', 'china_arms_iran')).toBeLessThanOrEqual(0.05);
  });

  it('because its ties with the US, Israel and the Gulf outweigh its ties with Iran', () => {
    const why = disadvantages(records('beijing'), 'china', 'supply_air_defence');
    expect(why.length).toBeGreaterThan(20);
    for (const terms of why) {
      expect(terms['ties_with_us']).toBeLessThan(0);
      expect(terms['ties_with_israel']).toBeLessThan(0);
      expect(terms['ties_with_gulf']).toBeLessThan(0);
      expect(terms['ties_with_iran']).toBeGreaterThan(0);
      expect(terms['ties_with_us']! + terms['ties_with_israel']! + terms['ties_with_gulf']!).toBeLessThan(-terms['ties_with_iran']!);
    }
  });
});

describe('moves the articles say did not happen stay rare, while routine choices stay varied', () => {
  const armingIran: Record<string, string[]> = {
    s400: ['russia_arms_iran', 'china_arms_iran', 'north_korea_arms_iran'],
    strike: ['russia_arms_iran', 'china_arms_iran', 'north_korea_arms_iran'],
    uranium: ['russia_arms_iran'],
    beijing: ['china_arms_iran', 'russia_arms_iran', 'north_korea_arms_iran'],
  };
  for (const [id, outcomes] of Object.entries(armingIran)) {
    it(`${id}: Russia, China and North Korea each arm Iran in under 5% of ${RUNS} runs`, () => {
      for (const outcome of outcomes) expect(share(id, outcome), outcome).toBeLessThan(0.05);
    });
  }

  it.each(['hormuz', 's400', 'uranium', 'beijing'])('%s: no one choice takes over 90 percent of Russia’s, China’s, the Gulf’s or the US’s decisions', (id) => {
    const turns = records(id).flatMap((r) => r.turns);
    for (const actor of ['russia', 'china', 'gulf', 'usa']) {
      const mine = turns.filter((t) => t.actor === actor);
      const counts = new Map<string, number>();
      for (const t of mine) counts.set(String(t.choice), (counts.get(String(t.choice)) ?? 0) + 1);
      expect(Math.max(...counts.values()) / mine.length, actor).toBeLessThanOrEqual(0.9);
    }
  });
});
