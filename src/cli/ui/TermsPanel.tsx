import { Box, Text } from 'ink';
import type { OptionRecord } from '../../records/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { listWindow } from './list-window.js';
import { decimal, withMinusSign } from '../../presentation/minus-sign.js';
import { PanelHeading } from './PanelHeading.js';
import { articleHasOwnLine, Passage } from './Passage.js';
import { fitTo } from './truncate.js';

export interface TermsPanelProps {
  readonly actor: Actor;
  readonly option: OptionRecord;
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

/**
 * An option's expected utility split into weight × value per interest, with the passage
 * behind the selected term. Numbers keep their full width; interest labels give way; a
 * list cut short says how many terms are hidden.
 */
export function TermsPanel({ actor, option, selected, focused, height, width }: TermsPanelProps) {
  // The passage behind the selected term keeps at least two lines (three when roomy);
  // on a short screen the article's name runs into the first of them.
  const articleLine = articleHasOwnLine(height);
  const sourceLines = articleLine ? 3 : 2;
  const { first, shown, more } = listWindow(selected, option.terms.length, Math.max(1, height - 1 - sourceLines));
  const interest = actor.interests[selected];
  const weights = option.terms.map((_, i) => withMinusSign(String(actor.interests[i]?.weight ?? 0)));
  const values = option.terms.map((t) => decimal(t.value, 2));
  const contributions = option.terms.map((t) => decimal(t.contribution, 2));
  const weightWidth = Math.max(1, ...weights.map((w) => w.length));
  const valueWidth = Math.max(4, ...values.map((v) => v.length));
  const contributionWidth = Math.max(4, ...contributions.map((c) => c.length));
  // ▶, weight, ' × ', label, ' ', value, ' = ', contribution.
  const labelWidth = Math.max(4, width - 1 - weightWidth - 3 - 1 - valueWidth - 3 - contributionWidth);
  const heading = `Why ${actor.actions.find((a) => a.id === option.action)?.label ?? option.action} `;
  const legend = ['weight × value = contribution', 'weight × value'].find((l) => 2 + heading.length + l.length <= width) ?? '';
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        {heading}
        <Text dimColor>{legend}</Text>
      </PanelHeading>
      {option.terms.slice(first, first + shown).map((term, i) => {
        const index = first + i;
        const isSelected = index === selected;
        const label = actor.interests[index]?.label ?? term.interest;
        return (
          <Text key={term.interest} inverse={isSelected && focused} bold={isSelected} wrap="truncate">
            {isSelected ? '▶' : ' '}
            {weights[index]!.padStart(weightWidth)} × {fitTo(label, labelWidth)} {values[index]!.padStart(valueWidth)} ={' '}
            <Text color={term.contribution < 0 ? 'red' : 'green'}>{contributions[index]!.padStart(contributionWidth)}</Text>
          </Text>
        );
      })}
      {more && <Text dimColor>{`  ${more}`}</Text>}
      {interest && <Passage citation={interest.citation} width={width} height={height - 1 - shown - (more ? 1 : 0)} articleLine={articleLine} />}
    </Box>
  );
}
