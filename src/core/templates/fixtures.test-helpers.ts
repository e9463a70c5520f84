// Draft data built by hand, so template tests do not depend on the plan.
import type { DraftData } from "./types";

export function sampleData(overrides: Partial<DraftData["values"]> = {}, language: "fr" | "en" = "fr"): DraftData {
  return {
    language,
    values: {
      client: "Dupont SA", contact: "Mme Roux", total: "1 500,00 €", societe: "Cabinet Martin", iban: "FR76 1234", bic: "AGRIFRPP",
      signature: "Marie Durand\nComptabilité", date_arrete: "30/11/2026", taux_penalites: "12,15 %", penalites: "5,12 €", indemnite: "80,00 €",
      plus_ancien_retard: "17 jours", echeance_la_plus_ancienne: "13/11/2026", date_limite: "08/12/2026", nombre_factures: "2",
      ...overrides,
    },
    invoices: [
      { number: "F-2026-101", date: "14/10/2026", due: "13/11/2026", amount: "500,00 €", outstanding: "200,00 €", daysLate: "17" },
      { number: "F-2026-117", date: "19/10/2026", due: "18/11/2026", amount: "1 300,00 €", outstanding: "1 300,00 €", daysLate: "12" },
    ],
    totals: [{ label: "Total", amount: "1 800,00 €", outstanding: "1 500,00 €" }],
  };
}
