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

/**
 * Resolves in a task of its own once the next frame has been painted: a batch of a long list
 * built there is one task, and its style, layout and paint in the following frame another
 * (built in a frame callback, they would add up to one long task). In a tab that draws no
 * frames (hidden), a tenth of a second later.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
