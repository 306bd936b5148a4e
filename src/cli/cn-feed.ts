#!/usr/bin/env node
/// <reference types="node" />
// Node's types by name: tsconfig.build.json (declarations for the library) lists no types,
// and this file needs them wherever it is compiled.
/**
 * cn-feed: tools for the people who publish the programme feeds. `cn-feed --help`.
 * Exit status: 0 fine, 1 something in the input is wrong, 2 the command line is wrong,
 * 70 a bug in cn-feed itself.
 */
import { writeError } from './io.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    writeError(`cn-feed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70; // an internal error (EX_SOFTWARE): a bug to report, not a problem in the feed
  },
);
