import { expect } from '@open-wc/testing';
import { feedJsonSchema, SCHEMA_FILE } from '../../src/feed/json-schema.js';

describe('JSON Schema', () => {
  it('the committed schema is the one generated from the zod definitions (run `npm run schema`)', async () => {
    const committed = await (await fetch(`/${SCHEMA_FILE}`)).json();
    expect(committed).to.deep.equal(feedJsonSchema());
  });

  it('describes the rules editors need: version, link and date patterns, enums', () => {
    const text = JSON.stringify(feedJsonSchema());
    expect(text).to.contain('"const":1');
    expect(text).to.contain('^https?:\\\\/\\\\/');
    expect(text).to.contain('"enum":["scheduled","cancelled","postponed"]');
    expect((feedJsonSchema() as { required: string[] }).required).to.deep.equal(['version']);
  });
});
