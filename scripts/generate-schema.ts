// Writes the feed's JSON Schema (npm run schema). The test suite fails when it is stale.
import { writeFileSync } from 'node:fs';
import { feedJsonSchema, SCHEMA_FILE } from '../src/feed/json-schema.js';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
