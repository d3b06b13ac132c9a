import { Box, Text } from 'ink';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

export function TooSmall({ columns, rows, command }: { readonly columns: number; readonly rows: number; readonly command: string }) {
  return (
    <Box flexDirection="column">
      <Text color="yellow" wrap="wrap">
        This terminal is {columns}×{rows}; the UI needs at least {MIN_COLUMNS}×{MIN_ROWS}.
      </Text>
      <Text wrap="wrap">Enlarge the window (the screen redraws), or press q and use `{command}` for a printed log.</Text>
    </Box>
  );
}
