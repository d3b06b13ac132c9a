import { html, type Html } from './html.js';
import { PAGE_STYLE } from './page-style.js';

/**
 * A whole report as one HTML file: styles inline, charts as inline SVG, and a policy that
 * forbids the page to load anything at all, so it opens the same offline or on a projector.
 */
export function page(title: string, body: Html): string {
  return `${html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`.text}\n`;
}
