/**
 * The JSON Schema of the feed, generated from the same zod definitions the widgets validate
 * with. Not imported by any widget: used by `npm run schema` and the tests.
 */
import * as z from 'zod/mini';
import { programmeFeed } from './schema.js';

export const SCHEMA_FILE = 'schema/programme-feed.v1.schema.json';

export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(programmeFeed, {
    // The feed as people write it: fields with defaults are optional.
    io: 'input',
    // Checks JSON Schema cannot say (a URL that really parses, end after start) are left to the validator.
    unrepresentable: 'any',
    // Texts, links and dates recur everywhere: name them once under $defs.
    reused: 'ref',
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: 'Creative Nodes programme feed, version 1',
    description:
      'One programme (or just its events, members, funders or contacts) for the Creative Nodes widgets. Texts may be plain strings (in "language") or objects by language: {"sv": "…", "en": "…"}. Links must start with https:// or http://. Times need an offset: 2026-03-14T18:00:00+01:00; a date alone (2026-03-14) is a whole day.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
