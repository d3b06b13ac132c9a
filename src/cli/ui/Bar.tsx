import { Box, Text } from 'ink';
import { fitTo } from './truncate.js';

export interface BarProps {
  readonly label: string;
  readonly labelWidth: number;
  /** Position within the quantity's range, 0 to 1. */
  readonly fraction: number;
  readonly width: number;
  readonly value: string;
  /** Columns kept for the value, so every bar starts and ends in the same column. */
  readonly valueWidth: number;
  /** Change since the previous turn, already formatted with a leading space; empty when unchanged. */
  readonly change: string;
  /** Whether the quantity went up: only the change is coloured, not judged good or bad. */
  readonly rising: boolean;
}

/**
 * One labelled quantity: `Oil price   ████░░░░  $78  +8`. The caller sizes the columns to
 * fit its width with the change included, so Ink never has to shrink (and shift) a row.
 */
export function Bar({ label, labelWidth, fraction, width, value, valueWidth, change, rising }: BarProps) {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return (
    <Box>
      <Text>{fitTo(label, labelWidth)} </Text>
      <Text color="cyan">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text>
      <Text> {value.padEnd(valueWidth)}</Text>
      <Text color={rising ? 'yellow' : 'blue'}>{change}</Text>
    </Box>
  );
}
