import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { TurnRecord } from '../../records/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { percent } from '../../presentation/quantity-format.js';
import { listWindow } from './list-window.js';
import { decimal } from '../../presentation/minus-sign.js';
import { PanelHeading } from './PanelHeading.js';
import { fitTo } from './truncate.js';

export interface DecisionPanelProps {
  readonly actor: Actor;
  readonly turn: TurnRecord;
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
  /**
   * The widest heading any turn of the run can have (`Turn 14 · North Korea `): who decided
   * is worded for that one, so the wording does not change from turn to turn.
   */
  readonly widestHeading: number;
}

/** Who decided a turn, from the fullest wording to the shortest. */
const DECIDER_FORMS = {
  model: ['(decided by the model)', '(by the model)', '(model)'],
  human: ['(decided by a person)', '(by a person)', '(person)'],
} as const;

/** The columns' headings, in the help screen's words for students rather than "EU" and "p". */
const SCORE = 'score';
const CHANCE = 'chance';
/** `>99%` is the widest probability `percent` writes; the heading is wider still. */
const P_WIDTH = Math.max(4, CHANCE.length);

/**
 * The acting actor's options with expected utility and choice probability; the chosen one
 * is marked. The number columns are sized first and the option names take what is left.
 */
export function DecisionPanel({ actor, turn, selected, focused, height, width, widestHeading }: DecisionPanelProps) {
  const { first, shown, more } = listWindow(selected, turn.options.length, Math.max(1, height - 2));
  const utilities = turn.options.map((o) => decimal(o.expectedUtility, 2));
  const euWidth = Math.max(SCORE.length, ...utilities.map((u) => stringWidth(u)));
  // ▶ and ✓ marks, then name, score and chance separated by two spaces.
  const nameRoom = width - 2 - 2 - euWidth - 2 - P_WIDTH;
  // Options by the labels a reader knows them by; the panel gives them what room it has.
  const labels = turn.options.map((o) => actor.actions.find((a) => a.id === o.action)?.label ?? o.action);
  const nameWidth = Math.max(6, Math.min(nameRoom, Math.max(6, ...labels.map((l) => stringWidth(l)))));
  const heading = `Turn ${turn.turn} · ${actor.name} `;
  // The longest wording that fits beside the widest heading of the run, so it is the same on every turn.
  const room = width - 2 - Math.max(stringWidth(heading), widestHeading);
  const forms = DECIDER_FORMS[turn.decidedBy];
  const decider = forms.find((form) => stringWidth(form) <= room) ?? forms[forms.length - 1]!;
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        {heading}
        <Text dimColor>{decider}</Text>
      </PanelHeading>
      <Text dimColor>{`  ${'option'.padEnd(nameWidth)}  ${SCORE.padStart(euWidth)}  ${CHANCE.padStart(P_WIDTH)}`}</Text>
      {turn.options.length === 0 && <Text>  no legal action: {actor.name} passes</Text>}
      {turn.options.slice(first, first + shown).map((option, i) => {
        const index = first + i;
        const chosen = option.action === turn.choice;
        const isSelected = index === selected;
        return (
          <Text key={option.action} inverse={isSelected && focused} bold={isSelected} {...(chosen ? { color: 'green' } : {})} wrap="truncate">
            {isSelected ? '▶' : ' '}
            {chosen ? '✓' : ' '}
            {fitTo(labels[index]!, nameWidth)}
            {'  '}
            {utilities[index]!.padStart(euWidth)}
            {'  '}
            {percent(option.probability).padStart(P_WIDTH)}
          </Text>
        );
      })}
      {more && <Text dimColor>{`  ${more}`}</Text>}
    </Box>
  );
}

/** The widest decision-panel heading in a run of `scenario`, for `widestHeading`. */
export function widestDecisionHeading(actors: readonly Actor[], horizon: number): number {
  return stringWidth(`Turn ${horizon} · `) + Math.max(0, ...actors.map((a) => stringWidth(a.name))) + 1;
}
