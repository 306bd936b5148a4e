import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { validateFeed } from '../../dist/node/feed/validate.js';
import { issueMessage, syntaxMessage, translateIssueMessage } from '../../dist/node/cli/issue-messages.js';
import { checkFeedText } from '../../dist/node/cli/validate-command.js';
import { fixture, root, run, sample } from './support.mjs';

const SAMPLES = ['creative-nodes-fusion', 'creative-north', 'creative-talks', 'loket', 'rise-northern-hub'];

describe('cn-feed validate', () => {
  it('passes every sample feed with exit status 0', async () => {
    const { status, stdout } = await run(['validate', ...SAMPLES.map(sample), '--lang', 'en']);
    assert.equal(status, 0);
    assert.match(stdout, /5 files checked: all can be used; 0 errors, 0 warnings\./);
    assert.match(stdout, /✓ .*creative-north\.json: no problems \(12 members, 1 contact, 8 funders\)/);
  });

  it('lists every problem with its path, line and column, and exits 1', async () => {
    const { status, stdout } = await run(['validate', fixture('broken-feed.json'), '--lang', 'en']);
    assert.equal(status, 1);
    const lines = stdout.split('\n');
    assert.match(lines[0], /✗ .*broken-feed\.json: 2 errors, 1 warning/);
    // In file order: programme.url (line 8), events[1].start (line 19), contacts[0].name (line 23, where the contact starts).
    assert.match(lines[1], /^ {2}line 8, column 12 +warning +programme\.url: must be a link starting with https:\/\/ or http:\/\/ \(ignored\)$/);
    assert.match(lines[2], /^ {2}line 19, column 16 +error +events\[1\]\.start: not a date: use 2026-03-14 for a whole day/);
    assert.match(lines[3], /^ {2}line 23, column 5 +error +contacts\[0\]\.name: is required$/);
    assert.match(stdout, /Left out on the web pages: events\[1\], contacts\[0\]/);
    assert.match(stdout, /1 file checked: 1 with errors; 2 errors, 1 warning\./);
  });

  it('speaks Swedish with --lang sv', async () => {
    const { status, stdout } = await run(['validate', fixture('broken-feed.json'), '--lang', 'sv']);
    assert.equal(status, 1);
    assert.match(stdout, /✗ .*broken-feed\.json: 2 fel, 1 varning/);
    assert.match(stdout, /rad 8, kolumn 12 +varning +programme\.url: måste vara en länk som börjar med https:\/\/ eller http:\/\/ \(fältet hoppas över\)/);
    assert.match(stdout, /rad 19, kolumn 16 +fel +events\[1\]\.start: inte ett datum: skriv 2026-03-14 för en hel dag/);
    assert.match(stdout, /contacts\[0\]\.name: saknas \(måste finnas\)/);
    assert.match(stdout, /Utelämnas på webbsidorna: events\[1\], contacts\[0\]/);
    assert.match(stdout, /1 fil kontrollerad: 1 med fel; 2 fel, 1 varning\./);
  });

  it('takes the language from the environment when --lang is not given', async () => {
    const swedish = await run(['validate', fixture('warning-only.json')], { env: { LANG: 'sv_SE.UTF-8' } });
    assert.match(swedish.stdout, /varning/);
    const english = await run(['validate', fixture('warning-only.json')], { env: { LANG: 'en_GB.UTF-8' } });
    assert.match(english.stdout, /warning/);
  });

  it('prints warnings but exits 0 when nothing is dropped; --strict makes them fail', async () => {
    const lenient = await run(['validate', fixture('warning-only.json'), '--lang', 'en']);
    assert.equal(lenient.status, 0);
    assert.match(lenient.stdout, /^⚠ .*warning-only\.json: 0 errors, 1 warning/);
    assert.match(lenient.stdout, /line 3, column 49 +warning +programme\.url/);
    const strict = await run(['validate', fixture('warning-only.json'), '--strict', '--lang', 'en']);
    assert.equal(strict.status, 1);
  });

  it('places a syntax error (a trailing comma) at its line and column', async () => {
    const { status, stdout } = await run(['validate', fixture('trailing-comma.json'), '--lang', 'en']);
    assert.equal(status, 1);
    assert.match(stdout, /cannot be used at all/);
    assert.match(stdout, /line 4, column 46 +error +a comma before \} or \] is not allowed in JSON: remove it/);
  });

  it('gives machine-readable output with --json', async () => {
    const { status, stdout } = await run(['validate', fixture('broken-feed.json'), sample('loket'), '--json', '--lang', 'sv']);
    assert.equal(status, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, false);
    assert.deepEqual(result.summary, { files: 2, invalid: 1, errors: 2, warnings: 1 });
    const [broken, loket] = result.files;
    assert.equal(loket.ok, true);
    assert.deepEqual(loket.problems, []);
    assert.deepEqual(broken.leftOut, ['events[1]', 'contacts[0]']);
    assert.deepEqual(broken.problems[1], {
      path: 'events[1].start',
      line: 19,
      column: 16,
      severity: 'error',
      message: 'inte ett datum: skriv 2026-03-14 för en hel dag eller 2026-03-14T18:00:00+01:00 för en tidpunkt (med tidsskillnaden mot UTC)',
      kind: 'feed',
      issue: 'not a date: use 2026-03-14 for a whole day or 2026-03-14T18:00:00+01:00 for a time (with its offset)',
    });
  });

  it('reports a missing file as an error and goes on with the others', async () => {
    const { status, stdout } = await run(['validate', 'no-such-feed.json', sample('loket'), '--lang', 'en']);
    assert.equal(status, 1);
    assert.match(stdout, /✗ no-such-feed\.json: cannot be used at all\n {2}error +No such file: no-such-feed\.json/);
    assert.match(stdout, /✓ .*loket\.json/);
  });

  it('reads standard input for -', async () => {
    const { status, stdout } = await run(['validate', '-', '--lang', 'en'], { input: '{"version": 2}' });
    assert.equal(status, 1);
    assert.match(stdout, /line 1, column 13 +error +version: 2 is not a version this library reads \(it reads 1\)/);
  });

  it('shows progress on stderr with --progress, one line per input when not on a terminal', async () => {
    const { stderr } = await run(['validate', sample('loket'), sample('creative-talks'), '--progress', '--lang', 'en']);
    assert.match(stderr, /Checking 1 of 2: .*\nChecking 2 of 2: /);
    const quiet = await run(['validate', sample('loket'), sample('creative-talks'), '--lang', 'en']);
    assert.equal(quiet.stderr, '');
  });

  it('exits 2 with a hint for a wrong option, a missing file name or an unknown command', async () => {
    const option = await run(['validate', '--jsn', sample('loket'), '--lang', 'en']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /--jsn/);
    assert.match(option.stderr, /Run cn-feed validate --help for help\./);
    assert.equal((await run(['validate', '--lang', 'en'])).status, 2);
    const command = await run(['valdate', 'x.json', '--lang', 'sv']);
    assert.equal(command.status, 2);
    assert.match(command.stderr, /Okänt kommando: valdate/);
    assert.equal((await run(['validate', 'x.json', '--lang', 'fi'])).status, 2);
  });

  describe('addresses', () => {
    let server;
    let base;
    const requests = [];
    before(async () => {
      server = createServer((request, response) => {
        requests.push(request.headers);
        if (request.url === '/feed.json') {
          response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
          response.end(readFileSync(sample('loket')));
        } else if (request.url === '/no-cors.json') {
          response.writeHead(200, { 'Content-Type': 'text/plain' });
          response.end('{"version": 1}');
        } else if (request.url === '/slow.json') {
          setTimeout(() => response.end('{"version": 1}'), 3000);
        } else {
          response.writeHead(404, { 'Content-Type': 'text/html' });
          response.end('<!doctype html><title>Not found</title>');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches a feed and checks how it is served', async () => {
      const good = await run(['validate', `${base}/feed.json`, '--lang', 'en']);
      assert.equal(good.status, 0, good.stdout);
      assert.match(good.stdout, /✓ http:\/\/127\.0\.0\.1:\d+\/feed\.json: no problems/);
      const served = await run(['validate', `${base}/no-cors.json`, '--lang', 'en']);
      assert.equal(served.status, 0, 'advice about serving is a warning');
      assert.match(served.stdout, /warning +the server sends no Access-Control-Allow-Origin/);
      assert.match(served.stdout, /warning +the server says the content type is text\/plain; use application\/json; charset=utf-8/);
    });

    it('reports an HTTP error and a timeout', async () => {
      const missing = await run(['validate', `${base}/missing.json`, '--lang', 'en']);
      assert.equal(missing.status, 1);
      assert.match(missing.stdout, /The server answered 404 Not Found for http:\/\/127\.0\.0\.1:\d+\/missing\.json/);
      const slow = await run(['validate', `${base}/slow.json`, '--timeout', '0.5', '--lang', 'sv']);
      assert.equal(slow.status, 1);
      assert.match(slow.stdout, /Inget svar från http:\/\/127\.0\.0\.1:\d+\/slow\.json inom 0\.5 sekunder/);
    });
  });
});

describe('messages in Swedish', () => {
  it('translates every message written in the schema', () => {
    const source = readFileSync(`${root}src/feed/schema.ts`, 'utf8');
    const messages = [...source.matchAll(/'([^'\n]* [^'\n]*)'/g)].map((match) => match[1]).filter((text) => !/^[\]), ]*$/.test(text));
    assert.ok(messages.length >= 14, `found ${messages.length} messages`);
    for (const message of messages) assert.notEqual(translateIssueMessage(message), undefined, message);
  });

  it('translates every message the validator produces for a very broken feed', () => {
    const { issues } = validateFeed({
      version: 1,
      updated: 'igår',
      programme: { id: 'bad id!', name: '', url: 'javascript:x', period: { start: '2016-02-30' }, budget: { value: -1, currency: 'kr' } },
      phases: [{ id: 'p', name: { svenska: 'Fas' }, target: { value: 'many', unit: 'cats' } }],
      events: [
        { id: 'e', title: 42, start: '2016-03-10T18:00:00', end: '2016-03-09', attendanceMode: 'both', status: 'maybe', categories: [''] },
        { id: 'e2', title: 'T', start: '2016-03-10', end: '2016-03-01' },
        { id: 'e3', title: ['a'], start: null },
      ],
      members: [{ id: 'm', name: 'M', sectors: 'digital', joined: 'Q1' }, { id: 'm', name: 'N' }, 'Oh my'],
      funders: [{ id: 'f', name: 'F', kind: 'eu', fundingPeriod: '2000-2006', url: 'http://exa mple.org' }],
      contacts: [{ id: 'c', name: 'C', email: 'c at example', phone: 'call me', photo: 'http://' }],
      memberTarget: { value: true },
    });
    assert.ok(issues.length > 15);
    for (const issue of issues) {
      const text = issueMessage(issue.message, issue.path, 'sv');
      assert.notEqual(translateIssueMessage(issue.message), undefined, `${issue.path}: ${issue.message}`);
      assert.doesNotMatch(text, /\b(must|not a|is required|ignored)\b/, text);
    }
    for (const feed of [[1], { events: [] }, { version: 2 }, 'null']) {
      try {
        validateFeed(feed);
        assert.fail('expected an error');
      } catch (error) {
        for (const issue of error.details.issues ?? [{ path: '', message: error.message }]) {
          assert.notEqual(translateIssueMessage(issueMessage(issue.message, issue.path, 'en')), undefined, error.message);
        }
      }
    }
  });

  it('keeps the English of the validator as it is', () => {
    assert.equal(issueMessage('is required', 'contacts[0].name', 'en'), 'is required');
    assert.equal(issueMessage('version: is required (this library reads "version": 1)', 'version', 'sv'), 'saknas (widgetarna läser "version": 1)');
    assert.equal(issueMessage('something new', 'x', 'sv'), 'something new');
  });

  it('says every syntax mistake in both languages', () => {
    for (const code of ['empty', 'unexpected-end', 'unexpected-character', 'trailing-comma', 'comment', 'single-quote', 'unquoted-key', 'missing-colon', 'missing-comma', 'line-break-in-text', 'control-character-in-text', 'bad-escape', 'bad-number', 'extra-text', 'too-deep']) {
      const swedish = syntaxMessage(code, 'x', 'sv');
      const english = syntaxMessage(code, 'x', 'en');
      assert.ok(swedish && english && swedish !== english, code);
    }
  });

  it('checks a text without reading or printing (what the playground shares)', () => {
    const report = checkFeedText('inline', '{"version": 1, "contacts": [{"id": "x"}]}', 'en');
    assert.equal(report.ok, false);
    assert.deepEqual(report.problems.map((problem) => [problem.path, problem.line, problem.column]), [['contacts[0].name', 1, 29]]);
  });
});
