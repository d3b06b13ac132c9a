import { Box, Text } from 'ink';
import type { QuantityValues } from '../../records/run-record.js';
import type { Quantity, Scenario } from '../../engine/scenario.js';
import { movingQuantities } from '../../presentation/moving-quantities.js';
import { formatShort, isFlag } from '../../presentation/quantity-format.js';
import { Bar } from './Bar.js';
import { fitItems } from './fit-items.js';
import { pairLabel } from './pair-label.js';
import { quantityChange, widestChange } from '../../presentation/quantity-change.js';
import { relationNames } from '../../presentation/relation-names.js';
import { fitTo, truncate } from './truncate.js';

export interface WorldPanelProps {
  readonly scenario: Scenario;
  readonly caption: string;
  readonly state: QuantityValues;
  /** The state the changes are measured from. */
  readonly previous: QuantityValues;
  /** The state at the trigger, against which relations are ranked by how far they moved. */
  readonly baseline: QuantityValues;
  readonly width: number;
  readonly relationRows: number;
  /** How many bars fit; the rest are counted in the caption. All when absent. */
  readonly barRows?: number | undefined;
}

/** Columns between the two relations on a row. */
const RELATION_GAP = 2;
/** The narrowest bar still worth drawing. */
const MIN_BAR = 6;

/** How many rows the world panel takes for a scenario. */
export function worldPanelHeight(scenario: Scenario, relationRows: number): number {
  return 1 + barQuantities(scenario).length + relationRows + 1;
}

/**
 * The scenario's key quantities as bars, the relations that moved most, and the flags that
 * are up. Numbers are never cut: column widths come from the quantities' ranges, and only
 * labels give way when the panel is narrow.
 */
export function WorldPanel({ scenario, caption, state, previous, baseline, width, relationRows, barRows }: WorldPanelProps) {
  const all = barQuantities(scenario);
  // Bars that do not fit give up one row to say how many are left out, so the panel never looks complete when cut.
  const fits = barRows === undefined || barRows >= all.length;
  const bars = fits ? all : all.slice(0, Math.max(1, barRows - 1));
  const hidden = all.length - bars.length;
  const value = formatShort;
  // Widest values a bar can show: its ends, and just inside them where one decimal appears.
  const samples = (q: Quantity): number[] => (q.integer ? [q.min, q.max] : [q.min, q.max, q.min + 0.45, q.max - 0.45]);
  const valueWidth = Math.max(3, ...bars.flatMap((q) => samples(q).map((v) => value(q, v).length)));
  const changeWidth = Math.max(0, ...bars.map(widestChange));
  const fixed = 1 + 1 + valueWidth + changeWidth;
  const barWidth = Math.max(MIN_BAR, width - fixed - Math.min(24, Math.max(...bars.map((q) => q.label.length))));
  const labelWidth = Math.max(4, width - fixed - barWidth);
  const cell = Math.floor((width - RELATION_GAP) / 2);
  const relations = scenario.quantities
    .filter((q) => q.between !== undefined)
    .map((q) => ({ q, moved: Math.abs(state[q.id]! - baseline[q.id]!) }))
    .sort((a, b) => b.moved - a.moved)
    .slice(0, relationRows * 2)
    .map(({ q }) => relationCell(scenario, q, `${value(q, state[q.id]!)}${quantityChange(q, state[q.id]! - previous[q.id]!)}`, cell));
  const flags = scenario.quantities.filter((q) => isFlag(q) && state[q.id] !== 0).map((q) => q.label);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {'World '}
        <Text dimColor>{truncate(caption, width - 6)}</Text>
      </Text>
      {bars.map((q) => (
        <Bar
          key={q.id}
          label={q.label}
          labelWidth={labelWidth}
          fraction={(state[q.id]! - q.min) / (q.max - q.min)}
          width={barWidth}
          value={value(q, state[q.id]!)}
          valueWidth={valueWidth}
          change={quantityChange(q, state[q.id]! - previous[q.id]!)}
          rising={state[q.id]! > previous[q.id]!}
        />
      ))}
      {hidden > 0 && <Text dimColor wrap="truncate">{truncate(`↓ ${hidden} more bars on a terminal of 30 rows or more`, width)}</Text>}
      {Array.from({ length: relationRows }, (_, row) => (
        <Text key={`relations-${row}`} dimColor wrap="truncate">
          {(relations[row * 2] ?? '').padEnd(cell + RELATION_GAP)}
          {relations[row * 2 + 1] ?? ''}
        </Text>
      ))}
      <Text wrap="truncate" color="magenta">
        {flags.length > 0 ? fitItems(flags, width) : ' '}
      </Text>
    </Box>
  );
}

/** `North Korea–Russia +86 +8` in `width` columns: the names give way, never the numbers. */
function relationCell(scenario: Scenario, q: Quantity, numbers: string, width: number): string {
  const [a, b] = relationNames(scenario, q);
  return fitTo(`${pairLabel(a, b, width - numbers.length - 1)} ${numbers}`, width);
}

/** The quantities the crisis can move, as bars; fixed circumstances are in the brief, not on every turn's screen. */
export function barQuantities(scenario: Scenario): Quantity[] {
  const moving = movingQuantities(scenario);
  return scenario.quantities.filter((q) => q.between === undefined && !isFlag(q) && moving.has(q.slot));
}
