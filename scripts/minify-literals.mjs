// A build plugin that squeezes the whitespace and comments out of Lit's `css`, `html` and `svg`
// template literals (the JavaScript minifier leaves template text alone). Used by the library,
// CDN and size builds; tests and the dev server run the untouched source.
//
// Only changes that cannot alter what a browser renders:
// - CSS: comments go; whitespace runs become one space; spaces next to { } ; , go, and after a
//   colon; the last ; of a block goes. Quoted strings and spaces around + - * / > ~ (calc(),
//   selectors) are kept.
// - HTML/SVG: a whitespace run that contains a line break becomes one space (under the default
//   `white-space: normal` it renders as one space anyway; templates whose text must keep line
//   breaks keep that text on one line). Everything else is kept.
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

const CSS_STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
const CSS_STRING_OR_COMMENT = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/;

/** Minifies the static text of a css`` literal (one piece between ${} bindings). */
export function minifyCssText(text) {
  // Comments first (one still separates two words), then everything outside strings.
  const uncommented = text
    .split(CSS_STRING_OR_COMMENT)
    .map((piece, index) => (index % 2 === 1 && piece.startsWith('/*') ? ' ' : piece))
    .join('');
  return uncommented
    .split(CSS_STRING)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Minifies the static text of an html`` or svg`` literal. */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Rewrites every css``/html``/svg`` literal of one module; returns null when nothing changed. */
export function minifyLiterals(code, lang = 'ts') {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
      const minify = node.tag.name === 'css' ? minifyCssText : minifyHtmlText;
      const { quasis } = node.quasi;
      for (const [index, quasi] of quasis.entries()) {
        // The parser's span of a piece starts at its opening backtick or binding's closing brace.
        const start = quasi.start + 1;
        const end = start + quasi.value.raw.length;
        if (code.slice(start, end) !== quasi.value.raw) throw new Error(`minify-literals: unexpected template span at ${start}`);
        let minified = minify(quasi.value.raw);
        // Spaces at either end of a whole style sheet mean nothing (next to a binding they may).
        if (node.tag.name === 'css' && index === 0) minified = minified.trimStart();
        if (node.tag.name === 'css' && index === quasis.length - 1) minified = minified.trimEnd();
        if (minified !== quasi.value.raw) edits.push({ start, end, text: minified });
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code, { lang }));
  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The Vite/Rolldown plugin: our own TypeScript sources only. */
export function minifyLiteralsPlugin() {
  return {
    name: 'creative-nodes:minify-literals',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (file.includes('/node_modules/') || !/\/src\/.*\.ts$/.test(file)) return null;
      const result = minifyLiterals(code, 'ts');
      return result === null ? null : { code: result, map: null };
    },
  };
}

/**
 * The comments minified files keep (rolldown's `output.comments`): licence notices only. The
 * `@__PURE__` marks are for bundlers, and nothing bundles a CDN file again (≈ 200 of them,
 * 0.2 KiB gzip in the core alone).
 */
export const SHIPPED_COMMENTS = { legal: true, annotation: false, jsdoc: false };
