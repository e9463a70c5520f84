// The one door to Excel (style.md): the only call to Excel.run in the add-in.
// - Excel is often busy: the user is typing in a cell (InvalidOperationInCellEditMode) or Excel on the web
//   throttles (ActivityLimitReached). Those are retried with a short growing wait, then given up with a clear
//   message. `work` may therefore run more than once: it must be idempotent (reads are; our writes replace
//   the owned sheets' content, so they are too).
// - Every other error becomes an ExcelFailure whose message says, in French then English, what to do.
import { BUSY_CODES, ExcelFailure, busyFailure, errorCode, toExcelFailure, type FailureContext } from "./failure";

export interface RunOptions extends FailureContext {
  /** Attempts in all while Excel is busy (default 5). */
  attempts?: number;
  /** Wait before retry `n` (1-based), in ms; default 300, 600, 1200, 2400 (capped at 3 s). */
  backoffMs?: (retry: number) => number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_ATTEMPTS = 5;

function defaultBackoff(retry: number): number {
  return Math.min(300 * 2 ** (retry - 1), 3000);
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `work` in one Excel.run, retrying while Excel is busy; every failure is an ExcelFailure. */
export async function runExcel<T>(work: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const backoff = options.backoffMs ?? defaultBackoff;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(work);
    } catch (error) {
      // Already decided inside the run (e.g. syncBatch gave up, or a protected sheet was found).
      if (error instanceof ExcelFailure) throw error;
      const code = errorCode(error);
      if (!BUSY_CODES.has(code)) throw toExcelFailure(error, options);
      if (attempt >= attempts) throw busyFailure(code, toExcelFailure(error, options).detail);
      await sleep(backoff(attempt));
    }
  }
}

/**
 * Syncs one batch inside a run, retrying only that batch while Excel is busy. `queue` must (re)queue the
 * batch's actions and loads on fresh proxies each time it is called: a failed batch is dropped whole by
 * Office.js. Used by long chunked reads, so a cell edit at chunk 300 does not restart from chunk 1.
 */
export async function syncBatch<T>(
  context: Excel.RequestContext, queue: () => T, options: RunOptions = {}, attempt = 1,
): Promise<T> {
  const handle = queue();
  try {
    await context.sync();
    return handle;
  } catch (error) {
    const code = errorCode(error);
    if (!BUSY_CODES.has(code)) throw toExcelFailure(error, options);
    if (attempt >= Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS)) throw busyFailure(code, toExcelFailure(error, options).detail);
    await (options.sleep ?? defaultSleep)((options.backoffMs ?? defaultBackoff)(attempt));
    return syncBatch(context, queue, options, attempt + 1);
  }
}
