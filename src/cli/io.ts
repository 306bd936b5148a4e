/// <reference types="node" />
// Node's types by name: tsconfig.build.json (declarations for the library) lists no types,
// and this file needs them wherever it is compiled.
/**
 * Where the tool's input comes from (a file, standard input or an address) and where its
 * words go. Kept apart so the commands stay plain functions of text.
 */
import { readFile } from 'node:fs/promises';
import type { CliStrings } from './strings.js';

/** What was read: the bytes, and for an address the response's headers. */
export interface Input {
  name: string;
  bytes: Uint8Array;
  /** For an address: the final URL and the headers the server sent. */
  http?: { url: string; headers: Headers };
}

/** Something could not be read at all; the message is ready for people. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export const isAddress = (input: string): boolean => /^https?:\/\//i.test(input);

async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}

/** A short reason for a failed request: Node hides the useful part in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ENOTFOUND') return `${cause.code} (host name not found)`;
  if (cause?.code === 'ECONNREFUSED') return `${cause.code} (nothing answers on that address)`;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return cause?.message ?? (error as Error).message;
}

/** Reads a file, standard input (`-`), or an http(s) address with a timeout. */
export async function readInput(input: string, strings: CliStrings, timeoutSeconds = 10): Promise<Input> {
  if (input === '-') return { name: '(stdin)', bytes: await readStandardInput() };
  if (isAddress(input)) {
    let response: Response;
    try {
      response = await fetch(input, {
        signal: AbortSignal.timeout(timeoutSeconds * 1000),
        headers: { Accept: 'application/json, text/calendar;q=0.9, */*;q=0.1' },
        redirect: 'follow',
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new InputError(strings.timedOut(input, timeoutSeconds));
      throw new InputError(strings.networkFailed(input, networkReason(error)));
    }
    if (!response.ok) throw new InputError(strings.httpFailed(input, response.status, response.statusText));
    try {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { name: input, bytes, http: { url: response.url || input, headers: response.headers } };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new InputError(strings.timedOut(input, timeoutSeconds));
      throw new InputError(strings.networkFailed(input, networkReason(error)));
    }
  }
  try {
    return { name: input, bytes: await readFile(input) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(strings.fileNotFound(input));
    throw new InputError(strings.fileUnreadable(input, code ?? (error as Error).message));
  }
}

/** UTF-8 text without a byte-order mark; `undefined` when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text as browsers read a JSON response: UTF-8, BOM dropped, bad bytes replaced. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Writes to standard output and waits until it is flushed (large outputs into a pipe). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function writeError(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Colours for a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function colours(stream: NodeJS.WriteStream): { red: (text: string) => string; yellow: (text: string) => string; green: (text: string) => string; dim: (text: string) => string } {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const wrap = (code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { red: wrap(31), yellow: wrap(33), green: wrap(32), dim: wrap(2) };
}
