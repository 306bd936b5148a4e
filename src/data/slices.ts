/**
 * Long work (validating or preparing thousands of items, drawing a long list) is cut into
 * slices with the page getting a turn in between, so that no task comes near the 50 ms of a
 * long task.
 */

/** Milliseconds of work in one slice before the page gets a turn. */
export const SLICE_MS = 8;

/**
 * Gives the page's other work a turn: a new task through a message channel (a timer would be
 * clamped to 4 ms when nested; `scheduler.yield()` would resume before other queued tasks).
 */
export function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
