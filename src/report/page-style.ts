import { trusted } from './html.js';

/**
 * Large type and strong contrast for a projector; on paper, A4 or Letter with sections
 * kept whole where they fit and charts scaled to the page width.
 */
export const PAGE_STYLE = trusted(`
:root { --ink: #1a1a1a; --muted: #555; --line: #ccc; --mark: #fff3c4; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 19px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; }
h3 { font-size: 1.15rem; margin: 1.2rem 0 .3rem; }
p { margin: .4rem 0; }
.meta { color: var(--muted); font-size: .9rem; }
.lead { font-size: 1.1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; border-bottom: 2px solid var(--ink); }
table.outcomes th { font-size: .75rem; }
table.outcomes td:first-child { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.chosen td { background: var(--mark); font-weight: 600; }
.yes { font-weight: 700; }
.no { color: var(--muted); }
blockquote { margin: .2rem 0 .4rem 1rem; padding-left: .8rem; border-left: 4px solid var(--line); color: #333; font-style: italic; }
blockquote cite { display: block; font-style: normal; font-size: .8rem; color: var(--muted); }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; color: var(--muted); }
.turn { border-top: 1px solid var(--line); padding-top: .4rem; margin-top: .8rem; }
.person { border-left: 6px solid var(--accent); padding-left: .8rem; }
.badge { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--accent); color: var(--accent); border-radius: 3px; vertical-align: middle; }
ul.reached { list-style: none; padding-left: .5rem; }
ul.reached li { margin: .15rem 0; }
.card { break-after: page; page-break-after: always; }
.card:last-child { break-after: auto; page-break-after: auto; }
@page { margin: 14mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .turn, figure, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
}
`);
