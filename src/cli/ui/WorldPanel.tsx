import { Box, Text } from 'ink';
import type { QuantityValues } from '../../engine/run-record.js';
import type { Quantity, Scenario } from '../../engine/scenario.js';
import { formatValue } from '../format/quantity-format.js';
import { Bar } from './Bar.js';

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
}

/** How many rows the world panel takes for a scenario. */
export function worldPanelHeight(scenario: Scenario, relationRows: number): number {
  return 1 + barQuantities(scenario).length + relationRows + 1;
}

/** The scenario's key quantities as bars, the relations that moved most, and the flags that are up. */
export function WorldPanel({ scenario, caption, state, previous, baseline, width, relationRows }: WorldPanelProps) {
  const bars = barQuantities(scenario);
  const labelWidth = Math.min(24, Math.max(...bars.map((q) => q.label.length)));
  const barWidth = Math.max(8, width - labelWidth - 18);
  const relations = scenario.quantities
    .filter((q) => q.between !== undefined)
    .map((q) => ({ q, moved: Math.abs(state[q.id]! - baseline[q.id]!) }))
    .sort((a, b) => b.moved - a.moved)
    .slice(0, relationRows * 2)
    .map(({ q }) => `${q.between!.join('–')} ${formatValue(q, state[q.id]!)}${delta(q, state, previous)}`);
  const flags = scenario.quantities.filter((q) => q.unit === 'flag' && state[q.id] !== 0).map((q) => q.label);
  const half = Math.floor((width - 2) / 2);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>World <Text dimColor>{caption}</Text></Text>
      {bars.map((q) => (
        <Bar
          key={q.id}
          label={q.label}
          labelWidth={labelWidth}
          fraction={(state[q.id]! - q.min) / (q.max - q.min)}
          width={barWidth}
          value={formatValue(q, state[q.id]!).replace(/ \(.*\)$/, '')}
          change={delta(q, state, previous)}
          rising={state[q.id]! > previous[q.id]!}
        />
      ))}
      {Array.from({ length: relationRows }, (_, row) => (
        <Text key={`relations-${row}`} wrap="truncate">
          <Text dimColor>{(relations[row * 2] ?? '').padEnd(half).slice(0, half)}</Text>
          <Text dimColor>  {relations[row * 2 + 1] ?? ''}</Text>
        </Text>
      ))}
      <Text wrap="truncate" color="magenta">
        {flags.length > 0 ? flags.join(' · ') : ' '}
      </Text>
    </Box>
  );
}

function barQuantities(scenario: Scenario): Quantity[] {
  return scenario.quantities.filter((q) => q.between === undefined && q.unit !== 'flag');
}

function delta(q: Quantity, state: QuantityValues, previous: QuantityValues): string {
  const d = state[q.id]! - previous[q.id]!;
  if (Math.abs(d) < 1e-9) return '';
  const text = q.unit === 'share of normal' ? `${Math.round(d * 100)} pts` : `${Math.round(d * 10) / 10}`;
  return d > 0 ? ` +${text}` : ` ${text.replace('-', '−')}`;
}
