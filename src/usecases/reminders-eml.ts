// Offline drafts: one .eml per reminder (opened by Outlook as an unsent message), bundled in a .zip.
import type { RenderedDraft } from "../core/reminders";
import { emlBundle } from "../mail/eml-bundle";
import { EmlError, mailDate, toEml } from "../mail/eml";

export interface EmlResult {
  /** Per draft, in input order: the file name in the zip, or why the file could not be written. */
  files: ({ ok: true; name: string } | { ok: false; message: string })[];
  zip: Uint8Array;
  names: string[];
}

/**
 * The .eml files of the drafts (From left to the account that opens them), named after the client, in one zip.
 * A draft the .eml writer refuses (an address it cannot write safely) gets its message instead of a file.
 */
export async function emlFiles(
  drafts: readonly RenderedDraft[], clientName: (draft: RenderedDraft) => string, moment: Date, from?: string,
): Promise<EmlResult> {
  const date = mailDate(moment);
  const written: { index: number; clientName: string; eml: string }[] = [];
  const files: EmlResult["files"] = drafts.map(() => ({ ok: false, message: "" }));
  drafts.forEach((draft, index) => {
    try {
      written.push({ index, clientName: `${clientName(draft)} ${draft.level}`, eml: toEml(draft, from, { date }) });
    } catch (error) {
      if (!(error instanceof EmlError)) throw error;
      files[index] = { ok: false, message: error.message };
    }
  });
  const bundle = await emlBundle(written.map((w) => ({ clientName: w.clientName, eml: w.eml })), { date: moment });
  written.forEach((w, k) => {
    files[w.index] = { ok: true, name: bundle.names[k] ?? "" };
  });
  return { files, zip: bundle.zip, names: bundle.names };
}
