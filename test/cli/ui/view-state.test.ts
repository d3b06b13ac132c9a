import { describe, expect, it } from 'vitest';
import {
  initialView,
  isAtSeat,
  newsShown,
  lastCursor,
  reduceView,
  seatOptions,
  selectedSeatAction,
  type ViewAction,
  type ViewState,
} from '../../../src/cli/ui/view-state.js';
import { chooseForSeat, openSeatedRun, type SeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');
const apply = (view: ViewState, ...actions: ViewAction['type'][]): ViewState =>
  actions.reduce((v, type) => reduceView(v, { type } as ViewAction), view);

describe('the view state', () => {
  it('starts on turn 1 with the chosen option selected', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    const turn = view.seated.turns[0]!;
    expect(view.cursor).toBe(1);
    expect(turn.options[view.option]!.action).toBe(turn.choice);
  });

  it('keeps the cursor between the trigger and the last turn', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    expect(apply(view, 'previous', 'previous', 'previous').cursor).toBe(0);
    expect(apply(view, 'last', 'next', 'next').cursor).toBe(14);
  });

  it('cycles focus through the panels both ways', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    expect(apply(view, 'focus-next').focus).toBe('terms');
    expect(apply(view, 'focus-next', 'focus-next').focus).toBe('timeline');
    expect(apply(view, 'focus-previous').focus).toBe('timeline');
  });

  it('keeps option and term selections within the lists', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    const options = view.seated.turns[0]!.options.length;
    expect(apply(view, 'down', 'down', 'down', 'down', 'down', 'down').option).toBe(options - 1);
    expect(apply(view, 'up', 'up', 'up', 'up', 'up').option).toBe(0);
    const terms = apply(view, 'focus-next', ...Array<ViewAction['type']>(20).fill('down'));
    expect(terms.term).toBe(hormuz.actors[0]!.interests.length - 1);
  });

  it("opens at a seat's pending turn and navigates its legal actions", () => {
    const view = initialView(openSeatedRun(hormuz, 62, ['iran']));
    expect(isAtSeat(view)).toBe(true);
    expect(view.cursor).toBe(lastCursor(view.seated));
    const count = seatOptions(view.seated).length;
    expect(apply(view, ...Array<ViewAction['type']>(10).fill('down')).seatChoice).toBe(count - 1);
    expect(apply(view, 'toggle-model').showModel).toBe(true);
    expect(apply(view, 'previous', 'toggle-model').showModel).toBe(false); // only at the seat
  });

  it('opens the passage only where a term is shown, and a new run closes it', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    expect(apply(view, 'open-passage').passage).toBe(true);
    expect(apply(view, 'open-passage', 'close-passage').passage).toBe(false);
    expect(apply(view, 'first', 'open-passage').passage).toBe(false); // the trigger has no terms
    expect(apply(initialView(openSeatedRun(hormuz, 62, ['iran'])), 'open-passage').passage).toBe(false); // nor a seat
    const opened = apply(view, 'open-passage');
    expect(reduceView(opened, { type: 'replace-run', seated: openSeatedRun(hormuz, 8) }).passage).toBe(false);
  });

  it("lands on the person's own turn, tells the model's turns after it as news, and reaches the next seat with no stale status", () => {
    const atSeat = apply(initialView(openSeatedRun(hormuz, 62, ['iran'])), 'down');
    const action = selectedSeatAction(atSeat)!;
    expect(action).toBe(seatOptions(atSeat.seated)[1]);
    const result = chooseForSeat(atSeat.seated, action) as SeatedRun;
    const view = reduceView(atSeat, { type: 'played', seated: result, action });
    expect(view.seated.turns[6]!.choice).toBe(action);
    expect(view.seated.turns[6]!.decidedBy).toBe('human');
    expect(isAtSeat(view)).toBe(false);
    expect(view.cursor).toBe(7);
    expect(newsShown(view)).toBe(true);
    const label = hormuz.actors.find((a) => a.id === 'iran')!.actions.find((a) => a.id === action)!.label;
    expect(view.status).toBe(`Iran chose ${label} · 6 turns followed: → to read them one by one`);
    // Each → is one turn of news; the status about the move goes with the first.
    const read = apply(view, 'next');
    expect([read.cursor, newsShown(read), read.status]).toEqual([8, true, '']);
    const atNext = apply(read, 'next', 'next', 'next', 'next', 'next', 'next');
    expect(isAtSeat(atNext)).toBe(true);
    expect(atNext.cursor).toBe(14);
    expect(newsShown(atNext)).toBe(false);
    // The seat never shows what was said about the move six turns ago.
    expect(atNext.status).toBe('');
    // Tab, from the news, shows the model's reasons instead.
    expect(newsShown(apply(read, 'focus-next'))).toBe(false);
  });

  it('navigates without searching: the seat\'s options are those assessed when the run reached it', () => {
    const seated = openSeatedRun(hormuz, 62, ['iran']);
    const view = apply(initialView(seated), 'down', 'up', 'down', 'toggle-model', 'previous', 'next');
    expect(view.seated).toBe(seated);
    expect(seatOptions(view.seated)).toEqual(seated.pending!.options.map((o) => o.action));
  });

  it('reveals turns only as the cursor reaches them, and End reveals them all', () => {
    const view = initialView(openSeatedRun(hormuz, 7));
    expect(view.revealed).toBe(1);
    expect(apply(view, 'next', 'next').revealed).toBe(3);
    expect(apply(view, 'next', 'next', 'previous', 'previous').revealed).toBe(3);
    expect(apply(view, 'last').revealed).toBe(14);
  });

  it('keeps a status only on the turn it was said on', () => {
    const said = reduceView(initialView(openSeatedRun(hormuz, 7)), { type: 'status', text: 'saved run.json' });
    expect(apply(said, 'up').status).toBe('saved run.json'); // not a move: the turn stays
    expect(apply(said, 'next').status).toBe('');
    expect(apply(said, 'previous').status).toBe('');
  });

  it('opens the end-of-run screen with → from the last turn of a finished run, and leaves it on any move', () => {
    const last = apply(initialView(openSeatedRun(hormuz, 7)), 'last');
    expect(last.ending).toBe(false);
    const ending = apply(last, 'next');
    expect(ending.ending).toBe(true);
    expect(ending.cursor).toBe(14);
    expect(apply(ending, 'previous').ending).toBe(false);
    expect(apply(ending, 'previous').cursor).toBe(14); // back to the last turn
    expect(apply(ending, 'first').ending).toBe(false);
    // A run waiting at a seat has no end yet.
    expect(apply(initialView(openSeatedRun(hormuz, 62, ['iran'])), 'last', 'next').ending).toBe(false);
  });
});
