import { awaitedSeat, isComplete, type SeatedRun } from '../../records/seated-run.js';
import type { TermRecord } from '../../records/run-record.js';

export type Panel = 'timeline' | 'options' | 'terms';
const PANELS: readonly Panel[] = ['timeline', 'options', 'terms'];

/**
 * Everything the stepper shows, as data: which turn is selected, which panel has the
 * keyboard, which option and term are highlighted. The run itself comes from the engine,
 * which the App asks to play a seat's choice (`played` brings the result): the reducer
 * only navigates, and runs no search.
 *
 * `cursor` 0 is the trigger, k is turn k, and turns.length + 1 is the turn a seated
 * person is about to play (when one is awaited).
 */
export interface ViewState {
  readonly seated: SeatedRun;
  readonly cursor: number;
  readonly focus: Panel;
  readonly option: number;
  readonly term: number;
  readonly help: boolean;
  /** The selected term's whole passage, in place of the panels. */
  readonly passage: boolean;
  /** At a seat: whether to show what the model would expect of each action. Off by default. */
  readonly showModel: boolean;
  readonly seatChoice: number;
  /** What the last key did: cleared when the cursor moves, so it never speaks of another turn. */
  readonly status: string;
  /**
   * The furthest the cursor has been: the timeline lists turns up to here, so a run the
   * model played in full is told turn by turn, not given away on the first screen.
   */
  readonly revealed: number;
  /** Whether the end-of-run screen is shown: → from the last turn of a finished run. */
  readonly ending: boolean;
  /** Choices made by people that are safe: saved, or read from the record being replayed. */
  readonly keptChoices: number;
  /** A key that would discard people's choices, waiting for y to confirm it. */
  readonly confirm: Discarding | undefined;
  /**
   * Where this run was saved, so s again writes no second copy. Only a finished run is
   * saved, and a finished run no longer changes: a new run (n) starts with none.
   */
  readonly savedTo: string | undefined;
  /**
   * After a person's move: the turns from theirs (`from`) to the next seat or the run's
   * last turn (`to`), told as news while the cursor is among them. Tab, a jump or a new
   * run ends it, and the panels show the model's reasons again.
   */
  readonly news: News | undefined;
}

export interface News {
  readonly from: number;
  readonly to: number;
}

/** What a confirmed discard goes on to do: start a run with the next seed, or quit. */
export type Discarding = 'new-run' | 'quit';

export type ViewAction =
  | { readonly type: 'next' | 'previous' | 'first' | 'last' | 'up' | 'down' | 'focus-next' | 'focus-previous' }
  | { readonly type: 'toggle-help' | 'close-help' | 'toggle-model' | 'open-passage' | 'close-passage' }
  /** The engine played a person's choice for the awaited seat: `seated` is the run after it. */
  | { readonly type: 'played'; readonly seated: SeatedRun; readonly action: string }
  | { readonly type: 'replace-run'; readonly seated: SeatedRun }
  | { readonly type: 'status'; readonly text: string }
  | { readonly type: 'saved'; readonly text: string; readonly path: string }
  | { readonly type: 'ask'; readonly discarding: Discarding }
  | { readonly type: 'keep-playing' };

export function initialView(seated: SeatedRun): ViewState {
  const start = { cursor: 0, focus: 'options', option: 0, term: 0, help: false, passage: false, showModel: false, seatChoice: 0, status: '', revealed: 0, ending: false } as const;
  return withCursor(
    { ...start, seated, keptChoices: humanChoices(seated), confirm: undefined, savedTo: undefined, news: undefined },
    awaitedSeat(seated) ? lastCursor(seated) : Math.min(1, seated.turns.length),
  );
}

export function lastCursor(seated: SeatedRun): number {
  return seated.turns.length + (awaitedSeat(seated) ? 1 : 0);
}

export function isAtSeat(view: ViewState): boolean {
  return awaitedSeat(view.seated) !== undefined && view.cursor === view.seated.turns.length + 1;
}

/** How many choices people made in the run: their moves, and their answers to others' moves. */
export function humanChoices(seated: SeatedRun): number {
  return seated.turns.reduce((n, t) => n + (t.decidedBy === 'human' ? 1 : 0) + (t.chance?.decidedBy === 'human' ? 1 : 0), 0);
}

/** People's choices that n or q would throw away: made since the run was opened or last saved. */
export function unsavedChoices(view: ViewState): number {
  return humanChoices(view.seated) - view.keptChoices;
}

/** Legal action ids for the awaited seat, in the actor's declared order. */
export function seatOptions(seated: SeatedRun): string[] {
  const { pending } = seated;
  if (pending?.response) return pending.response.outcomes.map((o) => o.id);
  return pending?.options.map((o) => o.action) ?? [];
}

/** The action selected at the awaited seat, if the view is at one. */
export function selectedSeatAction(view: ViewState): string | undefined {
  return isAtSeat(view) ? seatOptions(view.seated)[view.seatChoice] : undefined;
}

export function reduceView(view: ViewState, action: ViewAction): ViewState {
  const { seated } = view;
  switch (action.type) {
    case 'next':
      if (view.cursor === lastCursor(seated) && isComplete(seated)) return { ...view, ending: true, status: '' };
      // → at a seat has no turn to go to: say what the seat is waiting for, rather than nothing.
      if (isAtSeat(view)) {
        const answering = seated.pending?.response !== undefined;
        return { ...view, status: `nothing comes next until you ${answering ? 'answer' : 'move'}: ↑↓ pick, Enter ${answering ? 'answers' : 'plays'}, ← looks back` };
      }
      return withCursor(view, Math.min(view.cursor + 1, lastCursor(seated)));
    case 'previous':
      // From the end of the run, back to its last turn.
      return withCursor(view, view.ending ? view.cursor : Math.max(0, view.cursor - 1));
    case 'first':
      return withCursor({ ...view, news: undefined }, 0);
    case 'last':
      return withCursor({ ...view, news: undefined }, lastCursor(seated));
    case 'up':
    case 'down':
      return move(view, action.type === 'up' ? -1 : 1);
    case 'focus-next':
    case 'focus-previous': {
      // Tab while the news is shown brings back the panels with the model's reasons.
      if (newsShown(view)) return { ...view, news: undefined };
      const step = action.type === 'focus-next' ? 1 : PANELS.length - 1;
      return { ...view, focus: PANELS[(PANELS.indexOf(view.focus) + step) % PANELS.length]! };
    }
    case 'toggle-help':
      return { ...view, help: !view.help };
    case 'close-help':
      return { ...view, help: false };
    case 'open-passage':
      return selectedTerm(view) ? { ...view, passage: true } : view;
    case 'close-passage':
      return { ...view, passage: false };
    case 'toggle-model':
      return isAtSeat(view) ? { ...view, showModel: !view.showModel } : view;
    case 'played':
      return played(view, action.seated, action.action);
    case 'replace-run':
      return { ...initialView(action.seated), status: view.status };
    case 'status':
      return { ...view, status: action.text };
    case 'saved':
      return { ...view, status: action.text, keptChoices: humanChoices(seated), savedTo: action.path };
    case 'ask':
      return { ...view, confirm: action.discarding, status: discardQuestion(unsavedChoices(view)) };
    case 'keep-playing':
      return { ...view, confirm: undefined, status: 'kept playing: nothing was discarded' };
  }
}

/** The term selected in the terms panel, if a turn with options is shown (not at a seat). */
export function selectedTerm(view: ViewState): TermRecord | undefined {
  return view.seated.turns[view.cursor - 1]?.options[view.option]?.terms[view.term];
}

/** The question n and q ask before they throw away people's choices. */
export function discardQuestion(count: number): string {
  const choices = count === 1 ? '1 choice made by a person' : `${count} choices made by people`;
  return `Discard ${choices}? y to discard, any other key to keep playing`;
}

function played(view: ViewState, result: SeatedRun, action: string): ViewState {
  const actor = awaitedSeat(view.seated)!;
  const next = awaitedSeat(result);
  const { response } = view.seated.pending!;
  const label = response ? response.outcomes.find((o) => o.id === action)?.label ?? action : actor.actions.find((a) => a.id === action)?.label ?? action;
  const nextTask = result.pending?.response ? 'answer' : 'move';
  const own = view.seated.turns.length + 1;
  const played = result.turns.length - view.seated.turns.length;
  // Straight to the next seat when nothing came between (a move another seat answers, or
  // two seats in a row); otherwise to the person's own turn, then the model's turns as news.
  if (next && played <= 1) {
    const status = `${actor.name} ${response ? 'answered:' : 'chose'} ${label} · ${next.name} to ${nextTask}`;
    return { ...withCursor({ ...view, seated: result, showModel: false, seatChoice: 0, news: undefined }, lastCursor(result)), status };
  }
  const follow = played - 1;
  const after = follow === 0 ? '' : follow === 1 ? ' · 1 turn followed: → to read it' : ` · ${follow} turns followed: → to read them one by one`;
  const status = `${actor.name} ${response ? 'answered:' : 'chose'} ${label}${after}`;
  const news = follow === 0 ? undefined : { from: own, to: next ? lastCursor(result) : result.turns.length };
  return { ...withCursor({ ...view, seated: result, showModel: false, seatChoice: 0, news }, own), status };
}

/** Whether the decision area tells the news: the cursor is on a turn since the person's move, short of the next seat. */
export function newsShown(view: ViewState): boolean {
  const { news } = view;
  if (news === undefined || view.ending) return false;
  return view.cursor >= news.from && (view.cursor < news.to || (view.cursor === news.to && !isAtSeat(view)));
}

function move(view: ViewState, delta: number): ViewState {
  if (isAtSeat(view)) {
    const count = seatOptions(view.seated).length;
    return { ...view, seatChoice: clamp(view.seatChoice + delta, count) };
  }
  const turn = view.seated.turns[view.cursor - 1];
  switch (view.focus) {
    case 'timeline':
      return withCursor(view, Math.min(Math.max(0, view.cursor + delta), lastCursor(view.seated)));
    case 'options':
      return { ...view, option: clamp(view.option + delta, turn?.options.length ?? 0), term: 0 };
    case 'terms':
      return { ...view, term: clamp(view.term + delta, turn?.options[view.option]?.terms.length ?? 0) };
  }
}

/**
 * Selects a turn, highlighting the option that was chosen on it. A status about the turn
 * left behind goes with it, and the timeline reveals turns up to this one.
 */
function withCursor(view: ViewState, cursor: number): ViewState {
  const turn = view.seated.turns[cursor - 1];
  const chosen = turn ? Math.max(0, turn.options.findIndex((o) => o.action === turn.choice)) : 0;
  const status = cursor === view.cursor && !view.ending ? view.status : '';
  return { ...view, cursor, option: chosen, term: 0, status, ending: false, revealed: Math.max(view.revealed, cursor) };
}

function clamp(index: number, count: number): number {
  return count === 0 ? 0 : Math.min(Math.max(0, index), count - 1);
}
