import { Box, Text } from 'ink';

export interface BarProps {
  readonly label: string;
  readonly labelWidth: number;
  /** Position within the quantity's range, 0 to 1. */
  readonly fraction: number;
  readonly width: number;
  readonly value: string;
  /** Change since the previous turn, already formatted; empty when unchanged. */
  readonly change: string;
  /** Whether the change is good news for nobody in particular: only its sign is coloured. */
  readonly rising: boolean;
}

/** One labelled quantity: `Oil price   ████░░░░  $78  +8`. */
export function Bar({ label, labelWidth, fraction, width, value, change, rising }: BarProps) {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return (
    <Box>
      <Text>{label.padEnd(labelWidth).slice(0, labelWidth)} </Text>
      <Text color="cyan">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text>
      <Text> {value.padEnd(7)}</Text>
      <Text color={rising ? 'yellow' : 'blue'}>{change}</Text>
    </Box>
  );
}
