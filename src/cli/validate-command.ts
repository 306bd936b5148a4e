/**
 * `cn-feed validate FILE|URL …`: reads each feed (files, standard input, addresses), checks it
 * (check-feed.ts) and prints the report for people or, with --json, for scripts.
 */
import { checkFeedText, summarise, type FileReport } from './check-feed.js';
import { colours, decodeText, InputError, readInput, writeError, writeOut } from './io.js';
import type { CliLanguage } from './issue-messages.js';
import { cliStrings } from './strings.js';

export { checkFeedText, type FileReport, type Problem } from './check-feed.js';

export interface ValidateOptions {
  language: CliLanguage;
  json: boolean;
  strict: boolean;
  timeoutSeconds: number;
  /** `true`/`false` forces it; `undefined` shows progress for several inputs on a terminal. */
  progress?: boolean;
}

async function checkInput(input: string, options: ValidateOptions): Promise<FileReport> {
  const strings = cliStrings[options.language];
  try {
    const read = await readInput(input, strings, options.timeoutSeconds);
    return checkFeedText(input, decodeText(read.bytes), options.language, { strict: options.strict, http: read.http });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return summarise(input, [{ path: '', severity: 'error', message: error.message, kind: 'read' }], true, {}, options.strict);
  }
}

/** Reads inputs a few at a time (many URLs), keeping reports in the order given. */
async function checkAll(inputs: string[], options: ValidateOptions, onDone: (done: number, input: string) => void): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      reports[index] = await checkInput(inputs[index], options);
      onDone(++done, inputs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, inputs.length) }, worker));
  return reports;
}

/** The report for people, one line per problem. */
export function formatReport(reports: FileReport[], language: CliLanguage, paint = colours(process.stdout)): string {
  const strings = cliStrings[language];
  const lines: string[] = [];
  for (const report of reports) {
    if (report.problems.length === 0) {
      lines.push(paint.green(strings.fileOk(report.input, strings.sections(report.counts))));
      continue;
    }
    const heading = report.fatal
      ? paint.red(`✗ ${strings.fileUnusable(report.input)}`)
      : `${report.ok ? '⚠' : '✗'} ${strings.fileProblems(report.input, report.errors, report.warnings)}`;
    lines.push(heading);
    const where = report.problems.map((problem) => (problem.line ? strings.position(problem.line, problem.column!) : ''));
    const width = Math.max(...where.map((text) => text.length));
    const severityWidth = Math.max(strings.severity.error.length, strings.severity.warning.length);
    report.problems.forEach((problem, index) => {
      const severity = strings.severity[problem.severity].padEnd(severityWidth);
      const coloured = problem.severity === 'error' ? paint.red(severity) : paint.yellow(severity);
      const text = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
      lines.push(width > 0 ? `  ${paint.dim(where[index].padEnd(width))}  ${coloured}  ${text}` : `  ${coloured}  ${text}`);
    });
    if (report.leftOut.length > 0) lines.push(strings.leftOut(report.leftOut));
  }
  const invalid = reports.filter((report) => !report.ok).length;
  const errors = reports.reduce((sum, report) => sum + report.errors, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
  if (reports.length > 1 || invalid > 0 || warnings > 0) lines.push('', strings.summary(reports.length, invalid, errors, warnings));
  return `${lines.join('\n')}\n`;
}

/** Runs the command; resolves to the exit status. */
export async function runValidate(inputs: string[], options: ValidateOptions): Promise<number> {
  const strings = cliStrings[options.language];
  const terminal = Boolean(process.stderr.isTTY);
  const showProgress = options.progress ?? (terminal && inputs.length > 1);
  const reports = await checkAll(inputs, options, (done, input) => {
    if (!showProgress) return;
    // On a terminal one line is rewritten; in a log every step gets its own line.
    if (terminal) process.stderr.write(`\r\u001b[2K${strings.progress(done, inputs.length, input)}${done === inputs.length ? '\r\u001b[2K' : ''}`);
    else writeError(strings.progress(done, inputs.length, input));
  });
  const ok = reports.every((report) => report.ok);
  if (options.json) {
    const summary = {
      files: reports.length,
      invalid: reports.filter((report) => !report.ok).length,
      errors: reports.reduce((sum, report) => sum + report.errors, 0),
      warnings: reports.reduce((sum, report) => sum + report.warnings, 0),
    };
    await writeOut(`${JSON.stringify({ ok, summary, files: reports }, null, 2)}\n`);
  } else {
    await writeOut(formatReport(reports, options.language));
  }
  return ok ? 0 : 1;
}
