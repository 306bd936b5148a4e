// The build's template squeezer (scripts/minify-literals.mjs): only changes that cannot alter
// what a browser renders. The built widgets themselves are exercised by the CSP, package and
// injection tests, which all load dist/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { minifyCssText, minifyHtmlText, minifyLiterals } from '../../scripts/minify-literals.mjs';

test('CSS: comments and spaces go; strings, calc() operators and descendant pseudo-classes stay', () => {
  const css = `
    :host {
      /* a comment; with } inside */
      --_x: var(--cn-x, 1rem) !important;
      width: calc(100% - 2 * var(--_space));
      content: '  two  spaces ;} ';
    }
    a :is(b, c) > d:hover ~ e + f { color: red; }
    @media (min-width: 40rem) and (prefers-reduced-motion: reduce) { a { b: c } }
  `;
  assert.equal(
    minifyCssText(css),
    " :host{--_x:var(--cn-x,1rem) !important;width:calc(100% - 2 * var(--_space));content:'  two  spaces ;} '}a :is(b,c) > d:hover ~ e + f{color:red}@media (min-width:40rem) and (prefers-reduced-motion:reduce){a{b:c}}",
  );
});

test('CSS: a comment between two words still separates them', () => {
  assert.equal(minifyCssText('a/* x */b { c: d }'), 'a b{c:d}');
});

test('HTML: line breaks with their indentation become one space; other spaces stay', () => {
  assert.equal(minifyHtmlText('\n  <p class="x"\n     id=y>\n    text\n  </p> <b>a</b>  <i>'), ' <p class="x" id=y> text </p> <b>a</b>  <i>');
});

test('only css``, html`` and svg`` literals change, bindings and other templates stay as they are', () => {
  const source = [
    "const style = css`\n  :host {\n    color: ${unsafeCSS('red')};\n  }\n`;",
    'const view = html`\n  <ul>\n    ${items.map((item) => html`\n      <li>${item}</li>\n    `)}\n  </ul>\n`;',
    'const plain = `\n  keep   me\n`;',
    'const typed: string = sql`\n  select 1\n`;',
  ].join('\n');
  const expected = [
    "const style = css`:host{color:${unsafeCSS('red')}}`;",
    'const view = html` <ul> ${items.map((item) => html` <li>${item}</li> `)} </ul> `;',
    'const plain = `\n  keep   me\n`;',
    'const typed: string = sql`\n  select 1\n`;',
  ].join('\n');
  assert.equal(minifyLiterals(source, 'ts'), expected);
  assert.equal(minifyLiterals('const a = 1;', 'ts'), null);
});

test('every source module with templates goes through (non-ASCII text included)', () => {
  const files = readdirSync(new URL('../../src', import.meta.url), { recursive: true }).filter((file) => file.endsWith('.ts'));
  let changed = 0;
  for (const file of files) {
    const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
    const result = minifyLiterals(source, 'ts');
    if (result === null) continue;
    changed++;
    assert.ok(result.length < source.length, `${file} got no smaller`);
  }
  assert.ok(changed >= 10, `only ${changed} modules had templates`);
});
