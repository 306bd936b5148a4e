#!/usr/bin/env node
// `npm run stress`: the reliability tests with deeper numbers than CI runs.
// - Node tests (test/node/reliability/, built CDN file): the whole XSS corpus in four rounds
//   (links raw and inside https://, texts plain and by language), 10,000 attach/detach cycles
//   per widget and source, two copies of the library.
// - Browser tests (test/reliability/): the fast-check properties with SCALE times the CI runs
//   (default 20), from a fresh seed that is printed so a failure can be replayed:
//   `CN_STRESS_SEED=<seed> npm run stress`.
// Environment: CN_STRESS_SCALE (default 20), CN_STRESS_SEED (default: random),
// CN_STRESS_ONLY=node|browser to run one half.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';

const root = fileURLToPath(new URL('..', import.meta.url));
const scale = Number(process.env.CN_STRESS_SCALE ?? 20);
const seed = Number(process.env.CN_STRESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const only = process.env.CN_STRESS_ONLY;
const started = Date.now();
let failed = false;

console.log(`stress: scale ${scale}, seed ${seed} (replay with CN_STRESS_SEED=${seed})`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

if (only !== 'browser') {
  if (!run('npm', ['run', '--silent', 'build:cdn'])) process.exit(1);
  const passed = run(process.execPath, ['--test', '--test-reporter=spec', 'test/node/reliability/'], { CN_STRESS_SCALE: String(Math.max(2, scale)) });
  failed ||= !passed;
  console.log(`stress: node tests ${passed ? 'passed' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
}

if (only !== 'node') {
  const settings = JSON.stringify({ scale, seed });
  // The project's own config (browser, plugins), with only the reliability files.
  const { default: base } = await import(new URL('../web-test-runner.config.mjs', import.meta.url).href);
  const runner = await startTestRunner({
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    config: {
      ...base,
      rootDir: root,
      files: ['test/reliability/**/*.test.ts'],
      // Generous: a property with 20× the runs takes 20× the time.
      testFramework: { config: { timeout: 60_000 * Math.max(1, scale) } },
      testsFinishTimeout: 60 * 60_000,
      testRunnerHtml: (testFramework) =>
        `<html><body><script>window.__CN_STRESS = ${settings};</script><script type="module" src="${testFramework}"></script></body></html>`,
    },
  });
  const passed = await new Promise((resolve) => runner.on('finished', resolve));
  await runner.stop();
  failed ||= !passed;
  console.log(`stress: browser tests ${passed ? 'passed' : 'FAILED'}`);
}

console.log(`stress: ${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s (scale ${scale}, seed ${seed})`);
process.exit(failed ? 1 : 0);
