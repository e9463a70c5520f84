// Turns a producer that pushes items (and waits until each is taken) into an async iterator, so a chunked read
// can run inside one Excel.run while its consumer pulls chunks at its own pace. Breaking out of the
// consumer's loop stops the producer at its next item.

/** `emit` resolves true when the consumer wants more, false when it stopped. */
export type Producer<T> = (emit: (item: T) => Promise<boolean>) => Promise<void>;

export function pull<T>(produce: Producer<T>): AsyncIterableIterator<T> {
  let started = false;
  let finished = false;
  let failed = false;
  let failure: unknown;
  let stopped = false;
  let buffered: { value: T } | null = null;
  let waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  let resume: ((more: boolean) => void) | null = null;

  const settleWaiter = (): void => {
    if (!waiter || buffered) return;
    const w = waiter;
    waiter = null;
    if (failed) w.reject(failure);
    else w.resolve({ value: undefined, done: true });
  };

  const emit = (item: T): Promise<boolean> => new Promise<boolean>((go) => {
    if (stopped) {
      go(false);
      return;
    }
    resume = go;
    if (waiter) {
      const w = waiter;
      waiter = null;
      w.resolve({ value: item, done: false });
    } else {
      buffered = { value: item };
    }
  });

  const start = (): void => {
    started = true;
    produce(emit).then(
      () => {
        finished = true;
        settleWaiter();
      },
      (error: unknown) => {
        finished = true;
        failed = true;
        failure = error;
        settleWaiter();
      },
    );
  };

  const iterator: AsyncIterableIterator<T> = {
    next(): Promise<IteratorResult<T>> {
      if (!started) start();
      else if (resume) {
        const go = resume;
        resume = null;
        go(true);
      }
      if (buffered) {
        const { value } = buffered;
        buffered = null;
        return Promise.resolve({ value, done: false });
      }
      if (finished) return failed ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    },
    return(): Promise<IteratorResult<T>> {
      stopped = true;
      if (resume) {
        const go = resume;
        resume = null;
        go(false);
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
