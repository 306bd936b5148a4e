// npm run size: min+gzip and brotli of the shared core, of each widget on top of it, and of
// everything in one file, each bundled on its own as a partner page would load it. Fails when
// a budget in size-budgets.json is exceeded; `--ceilings` fails only when a part grew past its
// ceiling (what CI checks while budgets are out of reach). `--write` puts the table into
// BENCHMARKS.md.
//
// What a page loads at once is counted; parts a widget imports only when needed (a view that is
// not the default, an export on click) are reported on their own rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLiteralsPlugin, SHIPPED_COMMENTS } from './minify-literals.mjs';

const { budgets, ceilings } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const WIDGETS = ['contact-card', 'event-calendar', 'member-roster', 'phase-meter', 'funder-strip'];
const checkCeilings = process.argv.includes('--ceilings');

const minus = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
const measure = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });

/** One minified file of `entry`: with what it imports on demand left out, or inlined. */
async function bundleOne(entry, { onDemand }) {
  // Left out: a dynamic import() stays a reference to another file, as in the CDN build.
  const leaveOut = { name: 'leave-out-dynamic-imports', resolveDynamicImport: (specifier) => ({ id: String(specifier), external: true }) };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // As the CDN build: template and style text squeezed too, and only licence comments kept.
    plugins: [minifyLiteralsPlugin(), ...(onDemand ? [] : [leaveOut])],
    build: { write: false, target: 'es2022', lib: { entry, formats: ['es'] }, rolldownOptions: { output: { minify: true, comments: SHIPPED_COMMENTS, codeSplitting: false } } },
  });
  return measure(output[0].output.map((chunk) => chunk.code ?? '').join(''));
}

/** The code loaded at once (the entry and its static imports) and, when any, what loads on demand. */
async function bundle(entry) {
  const initial = await bundleOne(entry, { onDemand: false });
  const everything = await bundleOne(entry, { onDemand: true });
  return { initial, onDemand: everything.min > initial.min ? minus(everything, initial) : undefined };
}

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

// The fixed stack and the feed contract alone (Lit, @lit/context, zod/mini and the schema): no
// code of ours. Shown for what it tells about the core budget, with no budget or ceiling of its own.
const floor = await bundleOne('scripts/stack-floor.ts', { onDemand: false });
const core = (await bundle('src/programme/define.ts')).initial;
const rows = [
  { part: 'floor: Lit, @lit/context, zod/mini and the feed schema alone', ...floor },
  { part: 'core', key: 'core', ...core, budget: budgets.core },
];
for (const widget of WIDGETS) {
  const { initial, onDemand } = await bundle(`src/${widget}/define.ts`);
  rows.push({ part: `${widget} (on top of core)`, key: widget, ...minus(initial, core), budget: budgets.widget });
  if (onDemand) rows.push({ part: `${widget}: loaded when needed`, key: `${widget} on demand`, ...onDemand });
}
const all = await bundle('src/index.ts');
rows.push({ part: 'all five (creative-nodes.js)', key: 'all', ...all.initial, budget: budgets.all });
if (all.onDemand) rows.push({ part: 'all five: loaded when needed', key: 'all on demand', ...all.onDemand });

const verdict = (row, limit) => (limit === undefined ? '' : kib(row.gzip) <= limit ? 'yes' : 'OVER');
const table = rows.map((row) => ({
  part: row.part,
  'min KiB': kib(row.min),
  'gzip KiB': kib(row.gzip),
  'brotli KiB': kib(row.brotli),
  'budget KiB (gzip)': row.budget ?? '',
  'within budget': verdict(row, row.budget),
  ceiling: ceilings[row.key] ?? '',
  'within ceiling': verdict(row, ceilings[row.key]),
}));
console.table(table);

if (process.argv.includes('--write')) {
  const markdown = [
    '| part | min KiB | gzip KiB | brotli KiB | budget (gzip) | within budget | ceiling (CI) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
    ...table.map((row) => `| ${row.part} | ${row['min KiB']} | ${row['gzip KiB']} | ${row['brotli KiB']} | ${row['budget KiB (gzip)']} | ${row['within budget']} | ${row.ceiling} |`),
  ].join('\n');
  const text = readFileSync('BENCHMARKS.md', 'utf8');
  writeFileSync('BENCHMARKS.md', text.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, `<!-- size:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run size\`.\n\n${markdown}\n<!-- size:end -->`));
  console.log('wrote BENCHMARKS.md');
}

const column = checkCeilings ? 'within ceiling' : 'within budget';
const limit = checkCeilings ? 'ceiling' : 'budget KiB (gzip)';
const over = table.filter((row) => row[column] === 'OVER');
if (checkCeilings) {
  const missing = rows.filter((row) => row.key && ceilings[row.key] === undefined).map((row) => row.key);
  if (missing.length) {
    console.error(`no ceiling in size-budgets.json for: ${missing.join(', ')}`);
    process.exit(1);
  }
}
if (over.length) {
  console.error(`over ${checkCeilings ? 'ceiling' : 'budget'}: ${over.map((row) => `${row.part} ${row['gzip KiB']} KiB > ${row[limit]} KiB`).join('; ')}`);
  process.exit(1);
}
console.log(checkCeilings ? 'every part within its ceiling' : 'every part within budget');
