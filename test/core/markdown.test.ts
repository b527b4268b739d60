import * as fc from 'fast-check';
import { printable } from '../../lib/core/display';
import { markdownCode, markdownText } from '../../lib/core/markdown';

// The CommonMark reference implementation (the version of the spec lib/core/markdown.ts cites).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const commonmark = require('commonmark') as {
  Parser: new () => { parse(text: string): unknown };
  HtmlRenderer: new () => { render(doc: unknown): string };
};

function html(markdown: string): string {
  return new commonmark.HtmlRenderer().render(new commonmark.Parser().parse(markdown));
}

/** What a paragraph holding exactly `text` renders to (HTML-escaped, nothing else). */
function paragraphOf(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<p>${escaped}</p>\n`;
}

const FORGERIES = [
  '# Forged heading',
  '## Freigabe erteilt',
  '> quoted',
  '- list item',
  '+ item',
  '* item',
  '1. item',
  '3) item',
  '===',
  '---',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '**bold** _em_ ~~strike~~',
  '<script>alert(1)</script>',
  '&amp; &#x41;',
  'a | b',
  '`code`',
  'back\\slash\\*',
  'Bad Dürkheim (Stadt)',
  'Stadt ${filebase64("/proc/self/environ")}',
];

describe('markdownText', () => {
  it.each(FORGERIES)('renders %j as exactly itself, in one paragraph', (text) => {
    expect(html(markdownText(text))).toBe(paragraphOf(text));
  });

  it('renders names in a heading as themselves (a name cannot end the heading or add one)', () => {
    expect(html(`# Netzplan: ${markdownText('x\n# Forged')}`)).toBe('<h1>Netzplan: x\\u000A# Forged</h1>\n');
    expect(html(`# Netzplan: ${markdownText('**x** [a](b)')}`)).toBe('<h1>Netzplan: **x** [a](b)</h1>\n');
  });

  it('renders any printable text as itself (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab #>+-=*_`[]()!<>&|~\\.:;1 äß'.split('')), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(text, (t) => {
        const trimmed = t.trim();
        fc.pre(trimmed.length > 0 && trimmed === t);
        return html(markdownText(t)) === paragraphOf(t);
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('keeps ordinary names unchanged', () => {
    expect(markdownText('Mainz, Stadt')).toBe('Mainz, Stadt');
    expect(markdownText('Neustadt an der Weinstraße (Stadt)')).toBe('Neustadt an der Weinstraße (Stadt)');
  });
});

describe('markdownCode', () => {
  it.each(['grp-admins', 'a`b', '``x``', ' lead', 'CN=Admins,OU=Groups'])('shows %j literally in a code span', (text) => {
    const rendered = html(markdownCode(text));
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(rendered).toBe(`<p><code>${escaped}</code></p>\n`);
  });

  it('writes a plain value in single backticks', () => {
    expect(markdownCode('kommunen-musterstadt-admin')).toBe('`kommunen-musterstadt-admin`');
  });
});

describe('printable', () => {
  it('makes line breaks, ESC, NUL, DEL and C1 controls visible and leaves other text alone', () => {
    expect(printable('a\nb\r\u001b[2J\u0000\u007f\u009b')).toBe('a\\u000Ab\\u000D\\u001B[2J\\u0000\\u007F\\u009B');
    expect(printable('Bad Dürkheim — Stadt')).toBe('Bad Dürkheim — Stadt');
  });
});
