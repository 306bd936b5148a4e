import { expect } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';

describe('README', () => {
  it("its example feed is valid, so the docs stay true", async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'a ```json block').to.be.a('string');
    expect(validateFeed(example!).issues).to.deep.equal([]);
  });

  it('names the two commands', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain('npm install && npm start').and.contain('npm test');
  });
});
