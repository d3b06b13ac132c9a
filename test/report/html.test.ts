import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/report/html.js';

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('html', () => {
  test.prop([fc.string({ unit: 'binary' })])('escaped text carries no markup character and decodes back to itself', (text) => {
    const escaped = escapeHtml(text);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(unescape(escaped)).toBe(text);
  });

  test.prop([fc.string(), fc.string()])('an interpolated string cannot open a tag, whatever it holds', (a, b) => {
    const out = html`<p title="${a}">${b}</p>`.text;
    expect(out).toBe(`<p title="${escapeHtml(a)}">${escapeHtml(b)}</p>`);
    expect(out.match(/</g)).toHaveLength(2);
  });

  it('keeps trusted markup and nested templates as they are, joins arrays and drops empty values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${undefined}${false}${null}${trusted('<svg></svg>')}${3}`.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul><svg></svg>3');
  });
});
