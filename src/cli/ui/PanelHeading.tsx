import { Text } from 'ink';
import type { ReactNode } from 'react';

/**
 * A panel's first line, marked `▸` when the panel has the keyboard. The marker is text,
 * not only an underline, so focus stays visible with NO_COLOR or on a terminal without
 * SGR attributes: ↑/↓ act on the focused panel, so the user must be able to see which.
 */
export function PanelHeading({ focused, children }: { readonly focused: boolean; readonly children: ReactNode }) {
  return (
    <Text bold wrap="truncate">
      {focused ? '▸ ' : '  '}
      <Text underline={focused}>{children}</Text>
    </Text>
  );
}
