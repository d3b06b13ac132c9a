import { Box, Text } from 'ink';
import type { OptionRecord } from '../../records/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { percent } from '../../presentation/quantity-format.js';
import { listWindow } from './list-window.js';
import { decimal } from '../../presentation/minus-sign.js';
import { articleHasOwnLine, Passage } from './Passage.js';
import { fitTo, truncate } from './truncate.js';
import { wrapWords } from './wrap-words.js';

export interface SeatPanelProps {
  readonly actor: Actor;
  /** The legal actions with the model's figures, as the record will store them (`recordedOptions`). */
  readonly options: readonly OptionRecord[];
  readonly selected: number;
  readonly showModel: boolean;
  readonly height: number;
  readonly width: number;
  /** What the selected action would do from here, in words (`Escalation 3 → 5 · then …`). */
  readonly preview?: string | undefined;
}

/**
 * A person's move: the legal actions to choose from, and (on request) what the model
 * expects of each, in aligned columns, written as the decided turn's panel writes them.
 * Under them, the passage the selected action comes from, attributed to its article.
 */
export function SeatPanel({ actor, options, selected, showModel, height, width, preview }: SeatPanelProps) {
  // The actions come first; the passage keeps at least a line (two, and one for the
  // article's name, when roomy), and takes whatever the actions leave.
  const articleLine = articleHasOwnLine(height);
  const { first, shown, more } = listWindow(selected, options.length, Math.max(1, height - 1 - (articleLine ? 3 : 1)));
  const free = Math.max(1, height - 1 - shown - (more ? 1 : 0));
  // The preview comes before the passage: what a move does matters more than where it is cited.
  const wrapped = preview ? wrapWords(preview, width) : [];
  const previewLines = wrapped.slice(0, Math.min(3, free));
  if (previewLines.length < wrapped.length) previewLines[previewLines.length - 1] = truncate(`${previewLines.at(-1)!}…`, width);
  const passageLines = free - previewLines.length;
  const actions = options.map((o) => actor.actions.find((a) => a.id === o.action)!);
  const utilities = options.map((o) => decimal(o.expectedUtility, 2));
  const euWidth = Math.max(4, ...utilities.map((u) => u.length));
  // `  score 5.18  chance  46%`: the model's columns, right of the labels, in the help screen's
  // words (each actor scores its options; dice pick), not "EU" and "p".
  const modelWidth = showModel ? 2 + 6 + euWidth + 2 + 7 + 4 : 0;
  const labelRoom = width - 2 - modelWidth;
  const labelWidth = Math.max(4, showModel ? Math.min(labelRoom, Math.max(...actions.map((a) => a.label.length))) : labelRoom);
  const source = actions[selected]?.citation;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color="yellow" wrap="truncate">
        Your move, {actor.name}: ↑↓ to pick, Enter to play · m {showModel ? 'hides' : 'shows'} the model's expectations
      </Text>
      {actions.slice(first, first + shown).map((action, i) => {
        const index = first + i;
        const isSelected = index === selected;
        return (
          <Text key={action.id} inverse={isSelected} wrap="truncate">
            {isSelected ? '▶ ' : '  '}
            {showModel ? fitTo(action.label, labelWidth) : truncate(action.label, labelWidth)}
            {showModel && (
              <Text dimColor>
                {`  score ${utilities[index]!.padStart(euWidth)}  chance ${percent(options[index]!.probability).padStart(4)}`}
              </Text>
            )}
          </Text>
        );
      })}
      {more && <Text dimColor>{`  ${more}`}</Text>}
      {previewLines.map((line, i) => (
        <Text key={`preview-${i}`} color="cyan" wrap="truncate">
          {line}
        </Text>
      ))}
      {source && passageLines > 0 && <Passage citation={source} width={width} height={passageLines} articleLine={articleLine} />}
    </Box>
  );
}
