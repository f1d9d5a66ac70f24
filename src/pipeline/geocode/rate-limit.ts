/**
 * Serialises tasks and starts each at least `minIntervalMs` after the previous one started.
 *
 * Nominatim's usage policy allows one request per second from a client, and parallel requests
 * count against it, so the limit is a queue and not just a delay. Time comes from `now`/`sleep`
 * so that tests can run the schedule on a fake clock.
 */
export function createSpacer(
  minIntervalMs: number,
  now: () => number,
  sleep: (ms: number) => Promise<void>,
): <T>(task: () => Promise<T>) => Promise<T> {
  let lastStart: number | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = async (): Promise<T> => {
      if (lastStart !== undefined) {
        const wait = lastStart + minIntervalMs - now();
        if (wait > 0) await sleep(wait);
      }
      lastStart = now();
      return task();
    };
    const result = queue.then(run, run);
    // The queue only orders tasks; a failed task must not stall or fail the ones behind it.
    queue = result.catch(() => undefined);
    return result;
  };
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
