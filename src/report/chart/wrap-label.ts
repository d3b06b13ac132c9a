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

/** Pixels a line of an axis label takes (the charts' labels are 15 px). */
const LINE_HEIGHT = 18;

/**
 * The chart's `height` for a band per label tall enough for its lines (vega-lite's bands
 * are 20 px whatever the label, so a two-line label ran into its neighbours), and for
 * `offsets` bars side by side within a band.
 */
export function bandHeight(labels: readonly string[], offsets = 1): { readonly step: number; readonly for: 'position' } {
  const lines = Math.max(1, ...labels.map((label) => label.split('\n').length));
  return { step: Math.max(20 * offsets, LINE_HEIGHT * lines + 10), for: 'position' };
}
