// The .eml text of each rendered draft (src/mail/eml.ts), dated from the CLI's clock reading.
import type { ClientPlan, RenderedDraft } from "../core/reminders";
import { EmlError, toEml } from "../mail/eml";

export interface EmlDraft {
  draft: RenderedDraft;
  /** File name stem: "C0076 Hôpital privé Saint-Vincent SAS J+30". */
  stem: string;
  eml: string;
}

export interface EmlBuild {
  emls: EmlDraft[];
  /** Drafts the .eml writer refused (an address it cannot write safely), with its message. */
  refused: { draft: RenderedDraft; message: string }[];
}

/** One .eml per draft, in the drafts' order; the From header is left to the account that opens it. */
export function buildEmls(drafts: readonly RenderedDraft[], clients: ReadonlyMap<string, ClientPlan>, date: string): EmlBuild {
  const emls: EmlDraft[] = [];
  const refused: EmlBuild["refused"] = [];
  for (const draft of drafts) {
    const name = clients.get(draft.clientId)?.name ?? draft.clientId;
    // "Girard & Fils" reads better as "Girard et Fils" than with the "_" a file name would otherwise get.
    const shown = name.replace(/\s*&\s*/g, " et ");
    const stem = name === draft.clientId ? `${draft.clientId} ${draft.level}` : `${draft.clientId} ${shown} ${draft.level}`;
    try {
      emls.push({ draft, stem, eml: toEml(draft, undefined, { date }) });
    } catch (error) {
      if (!(error instanceof EmlError)) throw error;
      refused.push({ draft, message: error.message });
    }
  }
  return { emls, refused };
}
