// npm run size: min+gzip and brotli of the shared core, of each widget on top of it, and of
// everything in one file, each bundled on its own as a partner page would load it. Fails when
// a budget in size-budgets.json is exceeded. `--write` puts the table into BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const WIDGETS = ['contact-card', 'event-calendar', 'member-roster', 'phase-meter', 'funder-strip'];

async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // As the CDN build: template and style text squeezed too.
    plugins: [minifyLiteralsPlugin()],
    build: { write: false, target: 'es2022', lib: { entry, formats: ['es'] }, rolldownOptions: { output: { minify: true, codeSplitting: false } } },
  });
  const code = output[0].output.map((chunk) => chunk.code ?? '').join('');
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const core = await bundle('src/programme/define.ts');
const rows = [{ part: 'core', ...core, budget: budgets.core, measured: core.gzip }];
for (const widget of WIDGETS) {
  const size = await bundle(`src/${widget}/define.ts`);
  const added = { min: size.min - core.min, gzip: size.gzip - core.gzip, brotli: size.brotli - core.brotli };
  rows.push({ part: `${widget} (on top of core)`, ...added, budget: budgets.widget, measured: added.gzip });
}
const all = await bundle('src/index.ts');
rows.push({ part: 'all five (creative-nodes.js)', ...all, budget: budgets.all, measured: all.gzip });

const table = rows.map((row) => ({ part: row.part, 'min KiB': kib(row.min), 'gzip KiB': kib(row.gzip), 'brotli KiB': kib(row.brotli), 'budget KiB (gzip)': row.budget, ok: kib(row.measured) <= row.budget ? 'yes' : 'OVER' }));
console.table(table);

if (process.argv.includes('--write')) {
  const markdown = [
    '| part | min KiB | gzip KiB | brotli KiB | budget (gzip) | within |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...table.map((row) => `| ${row.part} | ${row['min KiB']} | ${row['gzip KiB']} | ${row['brotli KiB']} | ${row['budget KiB (gzip)']} | ${row.ok} |`),
  ].join('\n');
  const text = readFileSync('BENCHMARKS.md', 'utf8');
  writeFileSync('BENCHMARKS.md', text.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, `<!-- size:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run size\`.\n\n${markdown}\n<!-- size:end -->`));
  console.log('wrote BENCHMARKS.md');
}

const over = table.filter((row) => row.ok !== 'yes');
if (over.length) {
  console.error(`over budget: ${over.map((row) => `${row.part} ${row['gzip KiB']} KiB > ${row['budget KiB (gzip)']} KiB`).join('; ')}`);
  process.exit(1);
}
