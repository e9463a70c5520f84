// The ledger's clients: every client of the invoices and payments, with the Clients sheet's details matched by
// code, then loosely by code or name ("ACME SA" ≈ "Acme S.A."), so the sheets need not spell keys the same way.
import { normalizeName } from "../columns/normalize";
import type { ClientInfo } from "./types";

/** What the invoice rows say about a client. */
export interface SeenClient {
  name: string;
  emails: string[];
  contact: string;
}

export interface ClientResolution {
  /** Keyed by the invoices' client key (or the payment's when no invoice has it). */
  map: Map<string, ClientInfo>;
  /** Payment client values that stand for another key (a name or a differently spelled code) → that key. */
  alias: Map<string, string>;
}

function bare(id: string, name: string, seen?: SeenClient): ClientInfo {
  const info: ClientInfo = { id, name: name.length > 0 ? name : id, emailsTo: seen?.emails ?? [], emailsCc: [], blocked: false };
  if (seen !== undefined && seen.contact.length > 0) info.contact = seen.contact;
  return info;
}

export function resolveClients(input: {
  seen: Map<string, SeenClient>;
  sheetClients: ClientInfo[];
  payerNames: Map<string, string>;
  creditClients: string[];
}): ClientResolution {
  const byId = new Map<string, ClientInfo>();
  const byLooseId = new Map<string, ClientInfo>();
  const byLooseName = new Map<string, ClientInfo>();
  for (const c of input.sheetClients) {
    if (!byId.has(c.id)) byId.set(c.id, c);
    const looseId = normalizeName(c.id);
    if (!byLooseId.has(looseId)) byLooseId.set(looseId, c);
    if (c.name !== c.id) {
      const looseName = normalizeName(c.name);
      if (looseName.length > 0 && !byLooseName.has(looseName)) byLooseName.set(looseName, c);
    }
  }
  const lookup = (key: string, name: string): ClientInfo | undefined => {
    const exact = byId.get(key);
    if (exact !== undefined) return exact;
    const loose = normalizeName(key);
    return byLooseId.get(loose) ?? byLooseName.get(loose) ?? (name.length > 0 ? byLooseName.get(normalizeName(name)) : undefined);
  };

  const map = new Map<string, ClientInfo>();
  const claimed = new Map<ClientInfo, string>();
  const keyOfLoose = new Map<string, string>();
  for (const [key, seen] of input.seen) {
    const info = lookup(key, seen.name);
    if (info === undefined || claimed.has(info)) {
      map.set(key, bare(key, seen.name, seen));
    } else {
      claimed.set(info, key);
      const entry: ClientInfo = { ...info, id: key };
      if (info.name === info.id && seen.name.length > 0) entry.name = seen.name;
      if (info.emailsTo.length === 0 && seen.emails.length > 0) entry.emailsTo = seen.emails;
      if (info.contact === undefined && seen.contact.length > 0) entry.contact = seen.contact;
      map.set(key, entry);
    }
    const loose = normalizeName(key);
    if (!keyOfLoose.has(loose)) keyOfLoose.set(loose, key);
  }
  for (const [key, seen] of input.seen) {
    if (seen.name.length === 0) continue;
    const loose = normalizeName(seen.name);
    if (!keyOfLoose.has(loose)) keyOfLoose.set(loose, key);
  }

  const alias = new Map<string, string>();
  for (const client of input.creditClients) {
    if (client.length === 0 || map.has(client) || alias.has(client)) continue;
    const key = keyOfLoose.get(normalizeName(client));
    if (key !== undefined) {
      alias.set(client, key);
      continue;
    }
    const payerName = input.payerNames.get(client) ?? "";
    const info = lookup(client, payerName);
    const owner = info === undefined ? undefined : claimed.get(info);
    if (owner !== undefined) {
      alias.set(client, owner);
    } else if (info !== undefined) {
      claimed.set(info, client);
      map.set(client, { ...info, id: client });
    } else {
      map.set(client, bare(client, payerName));
    }
  }
  for (const info of input.sheetClients) {
    if (!claimed.has(info) && !map.has(info.id)) map.set(info.id, info);
  }
  return { map, alias };
}
