/**
 * Text as a chart title, in a form vega-lite cannot misparse. vega-lite builds tooltip
 * expressions from titles by wrapping them in double quotes and escaping only `"`: a
 * backslash before a quote ends the string early, and a line break (U+2028 and U+2029
 * among them) breaks the expression, so `report` failed on a two-line outcome label that
 * `validate` accepts. Line breaks and other control characters become spaces and a
 * backslash its look-alike ⧵ (U+29F5), which draw the same words on one line.
 */
export function chartText(text: string): string {
  return text.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replaceAll('\\', '\u29f5');
}

/** The spec with every `title` in it passed through chartText: one place, whatever chart a title came from. */
export function withChartTitles<T>(spec: T): T {
  if (Array.isArray(spec)) return spec.map(withChartTitles) as T;
  if (spec === null || typeof spec !== 'object') return spec;
  return Object.fromEntries(
    Object.entries(spec).map(([key, value]) => [key, key === 'title' ? titleValue(value) : withChartTitles(value)]),
  ) as T;
}

function titleValue(value: unknown): unknown {
  if (typeof value === 'string') return chartText(value);
  if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'string' ? chartText(v) : withChartTitles(v)));
  return withChartTitles(value);
}
