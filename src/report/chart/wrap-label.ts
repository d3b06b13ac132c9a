/**
 * A label broken into lines of about `width` characters at spaces, joined by newlines, for
 * an axis that splits them (`splitLabels`): long outcome names would otherwise push a chart
 * wider than the page.
 */
export function wrapLabel(label: string, width = 28): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Axis settings that draw a wrapped label on several lines. */
export const splitLabels = { labelExpr: "split(datum.label, '\\n')", labelLimit: 0 } as const;
