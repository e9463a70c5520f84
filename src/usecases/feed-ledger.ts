// Feeds one input sheet of a workbook snapshot to the ledger builder: the sheet read whole by the snapshot, or
// its rows read chunk by chunk (one batch each) when it was too long to hold. Shared by the refresh and the
// reminders, which read the same inputs the same way.
import type { SheetKind } from "../core/columns/fields";
import type { LedgerBuilder } from "../core/ledger/build";
import { readInputChunks, type RunOptions, type WorkbookSnapshot } from "../excel";

export interface FeedOptions extends RunOptions {
  /** Drop the raw cells of an input read whole once fed: the ledger holds what it needs (the refresh, for memory). */
  release?: boolean;
  /** Rows fed, after each block. */
  onRows?(rows: number): void;
  /** Batches the chunked read took. */
  onBatches?(batches: number): void;
}

/** False when the sheet's header could not be read (the builder holds the issue; its rows are not read). */
export async function feedLedger(builder: LedgerBuilder, kind: SheetKind, snapshot: WorkbookSnapshot, options: FeedOptions = {}): Promise<boolean> {
  const { release, onRows, onBatches, ...run } = options;
  const inline = snapshot.inputs[kind];
  if (inline) {
    const ok = builder.setHeader(kind, inline).ok;
    if (ok) builder.addRows(kind, inline.values, inline.firstRow ?? 1, inline.numberFormats);
    if (release === true) delete snapshot.inputs[kind];
    onRows?.(inline.values.length);
    return ok;
  }
  const area = snapshot.deferred.find((a) => a.kind === kind);
  if (!area) return true;
  let first = true;
  let ok = true;
  const chunks = readInputChunks(area, { ...run, ...(onBatches ? { onDone: (s) => onBatches(s.batches) } : {}) });
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      ok = builder.setHeader(kind, chunk).ok;
      if (!ok) break;
    }
    builder.addRows(kind, chunk.values, chunk.firstRow ?? 1, chunk.numberFormats);
    onRows?.(chunk.values.length);
  }
  return ok;
}
