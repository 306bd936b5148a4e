import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonSyntaxError, LineIndex, locate, mapJson } from '../../dist/node/cli/json-positions.js';

/** The line and column of `needle`'s first occurrence, counted by hand. */
function whereIs(text, needle) {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function syntaxError(text) {
  try {
    mapJson(text);
  } catch (error) {
    assert.ok(error instanceof JsonSyntaxError, String(error));
    return error;
  }
  assert.fail(`expected a syntax error in ${JSON.stringify(text)}`);
}

describe('JSON positions', () => {
  const text = `{
  "version": 1,
  "programme": { "id": "x", "name": { "sv": "Namn", "en": "Name" } },
  "events": [
    { "id": "a", "title": "A", "start": "2026-03-14" },
    {
      "id": "b",
      "title": "B \\"quoted\\" \\u00e5",
      "start": "next Thursday"
    }
  ],
  "empty": {}, "list": [[1, 2.5e3, -0.5], true, false, null]
}`;
  const map = mapJson(text);

  it('records the start of every value by the path the validator uses', () => {
    assert.deepEqual(map.positions.get(''), { offset: 0, line: 1, column: 1 });
    const start = map.positions.get('events[1].start');
    assert.deepEqual({ line: start.line, column: start.column }, whereIs(text, '"next Thursday"'));
    assert.deepEqual(pick(map.positions.get('events[0]')), whereIs(text, '{ "id": "a"'));
    assert.deepEqual(pick(map.positions.get('programme.name.en')), whereIs(text, '"Name"'));
    assert.deepEqual(pick(map.positions.get('list[0][1]')), whereIs(text, '2.5e3'));
    assert.deepEqual(pick(map.positions.get('list[3]')), whereIs(text, 'null'));
    assert.ok(map.positions.has('empty'));
  });

  it('falls back to the nearest ancestor for a missing field, and says so', () => {
    const missing = locate(map, 'events[1].location.city');
    assert.equal(missing.exact, false);
    assert.deepEqual(pick(missing), pick(map.positions.get('events[1]')));
    assert.equal(locate(map, 'events[1].start').exact, true);
    assert.deepEqual(pick(locate(map, 'nothing.here')), { line: 1, column: 1 });
  });

  it('counts lines with CRLF, LF and lone CR, and skips a byte-order mark', () => {
    const crlf = '\uFEFF{\r\n  "a": 1,\r\n  "b": [\r\n    2\r\n  ]\r\n}';
    assert.deepEqual(pick(mapJson(crlf).positions.get('b[0]')), { line: 4, column: 5 });
    const index = new LineIndex('a\rb\nc\r\nd');
    assert.deepEqual([1, 2, 3, 4].map((line) => index.at(['a\rb\nc\r\nd'.indexOf('abcd'[line - 1])][0]).line), [1, 2, 3, 4]);
  });

  it('keeps the last of two equal keys, as JSON.parse does, and reports the duplicate', () => {
    const duplicate = '{"events": [1], "events": [2, 3]}';
    const result = mapJson(duplicate);
    assert.equal(result.positions.get('events').column, duplicate.lastIndexOf('[') + 1);
    assert.deepEqual(result.duplicateKeys.map((entry) => entry.path), ['events']);
  });

  const mistakes = [
    ['trailing-comma', '{\n  "a": 1,\n}', { line: 2, column: 9 }],
    ['trailing-comma', '[1, 2,]', { line: 1, column: 6 }],
    ['comment', '{\n  // a comment\n  "a": 1\n}', { line: 2, column: 3 }],
    ['single-quote', "{'a': 1}", { line: 1, column: 2 }],
    ['unquoted-key', '{a: 1}', { line: 1, column: 2 }],
    ['missing-comma', '{"a": 1\n "b": 2}', { line: 2, column: 2 }],
    ['missing-colon', '{"a" 1}', { line: 1, column: 6 }],
    ['line-break-in-text', '{"a": "one\ntwo"}', { line: 1, column: 11 }],
    ['bad-escape', '{"path": "C:\\Users"}', { line: 1, column: 13 }],
    ['bad-number', '{"n": 07}', { line: 1, column: 7 }],
    ['bad-number', '{"n": 12px}', { line: 1, column: 7 }],
    ['unexpected-end', '{"a": [1, 2', { line: 1, column: 12 }],
    ['unexpected-end', '{"a": "open', { line: 1, column: 7 }],
    ['extra-text', '{"a": 1} {"b": 2}', { line: 1, column: 10 }],
    ['unexpected-character', '{"a": undefined}', { line: 1, column: 7 }],
    ['empty', '  \n ', { line: 2, column: 2 }],
  ];
  for (const [code, source, position] of mistakes) {
    it(`finds ${code} in ${JSON.stringify(source)} at ${position.line}:${position.column}`, () => {
      const error = syntaxError(source);
      assert.equal(error.code, code);
      assert.deepEqual(pick(error.position), position);
      // Whatever our tokenizer rejects, JSON.parse rejects too.
      assert.throws(() => JSON.parse(source));
    });
  }

  it('accepts what JSON.parse accepts', () => {
    for (const source of ['{}', '[]', '0', '-1.5E-3', '"\\ud83d\\ude00"', '{"a":{"b":[{"c":null}]}}', ' [ true , false ] ']) {
      assert.doesNotThrow(() => mapJson(source), source);
    }
  });

  it('refuses a document nested deeper than any feed, instead of overflowing the stack', () => {
    assert.equal(syntaxError('['.repeat(5000) + ']'.repeat(5000)).code, 'too-deep');
  });
});

function pick(position) {
  return { line: position.line, column: position.column };
}
