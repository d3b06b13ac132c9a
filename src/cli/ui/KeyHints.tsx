import { Text } from 'ink';

export function KeyHints({ atSeat, width }: { readonly atSeat: boolean; readonly width: number }) {
  const hints = atSeat
    ? '↑↓ pick  Enter play  m model view  ← back  ? help  q quit'
    : '→/space next  ← prev  Home/End  ↑↓ select  Tab panel  n new seed  s save  ? help  q quit';
  return (
    <Text dimColor wrap="truncate">
      {hints.slice(0, width)}
    </Text>
  );
}
