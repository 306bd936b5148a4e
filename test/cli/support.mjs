// Shared by the cn-feed tests: run the built command, find fixtures. The tests import the
// compiled modules from dist/node/cli, so run `tsc -p tsconfig.cli.json` first (npm run test:cli does).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = fileURLToPath(new URL('../../dist/node/cli/cn-feed.js', import.meta.url));

export const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const sample = (name) => fileURLToPath(new URL(`../../samples/feeds/${name}.json`, import.meta.url));

/**
 * Runs cn-feed with `args`; resolves to { status, stdout, stderr }. Asynchronous, so a test
 * can serve feeds from its own HTTP server meanwhile. The language comes from --lang or
 * CN_FEED_LANG; the machine's LANG never leaks in.
 */
export function run(args, { env = {}, input } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, env: { PATH: process.env.PATH, LANG: 'C', ...env }, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
