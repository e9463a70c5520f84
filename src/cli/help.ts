// Help texts of `encours`, French then English.

export const MAIN_HELP = `encours — balance âgée du poste clients (Encours)

Usage :
  encours age --workbook CLASSEUR.xlsx [options]
  encours age --invoices FACTURES [--payments REGLEMENTS] [--clients CLIENTS] [options]
  encours age --fec FEC.txt [options]
  encours age --help        options détaillées

Exemple :
  npm run --silent encours -- age --workbook examples/cabinet-exemple.xlsx --as-of 2026-09-30

────────────────────────────────────────────────────────────────────────

encours — aged receivables balance (Encours)

Usage:
  encours age --workbook WORKBOOK.xlsx [options]
  encours age --invoices INVOICES [--payments PAYMENTS] [--clients CLIENTS] [options]
  encours age --fec FEC.txt [options]
  encours age --help        all options
`;

export const AGE_HELP = `encours age — balance âgée à une date d'arrêté

Usage :
  encours age --workbook W.xlsx [options]
  encours age --invoices F [--payments F] [--clients F] [options]
  encours age --fec F [options]

Données (une source) :
  --workbook W.xlsx     classeur contenant les feuilles Factures, Règlements (ou Paiements, Encaissements)
                        et Clients (facultative), trouvées par leur nom (français ou anglais)
  --invoices F          factures : .csv ou .xlsx ; « classeur.xlsx#Feuille » choisit la feuille
  --payments F          règlements, avoirs et pertes (facultatif)
  --clients F           fiche clients : délais de paiement, noms, e-mails (facultatif)
  --fec F               fichier des écritures comptables (FEC, séparateur tabulation ou |) : comptes 411

Options :
  --as-of AAAA-MM-JJ    date d'arrêté (par défaut : dernier jour du mois précédent)
  --buckets 30,60,90    bornes des tranches en jours de retard → non échu, 1–30 j, 31–60 j, 61–90 j, > 90 j
  --no-auto-lettrage    les règlements sans référence de facture restent des crédits non affectés
                        (par défaut ils soldent les factures les plus anciennes du client)
  --by-invoice-date     âge calculé depuis la date de facture au lieu de l'échéance
  --terms 30            délai de paiement par défaut (jours) quand ni la ligne ni la fiche client n'en donnent
  --json                sortie JSON (contrat stable, montants en unités monétaires exacts au centime)
  --csv                 tableau clients × tranches pour Excel en français : séparateur « ; », virgule
                        décimale (1234,56), UTF-8 avec BOM
  --help                cette aide

Fichiers CSV : séparateur « , » « ; » ou tabulation détecté sur la ligne d'en-tête ; guillemets à la RFC 4180 ;
UTF-8 (avec ou sans BOM), UTF-16 avec BOM, ou Windows-1252 (détecté automatiquement).
Une échéance « non échue » a une date d'échéance postérieure ou égale à la date d'arrêté.
Code de sortie : 0 (les problèmes de données sont listés), 2 (données inutilisables ou option invalide :
une ligne d'explication sur la sortie d'erreur).

────────────────────────────────────────────────────────────────────────

encours age — aged balance at an as-of date

Usage:
  encours age --workbook W.xlsx [options]
  encours age --invoices F [--payments F] [--clients F] [options]
  encours age --fec F [options]

Data (one source):
  --workbook W.xlsx     workbook holding the sheets Invoices (Factures), Payments (Règlements, Paiements,
                        Encaissements) and an optional Customers (Clients) sheet, found by name (French or English)
  --invoices F          invoices: .csv or .xlsx; "workbook.xlsx#Sheet" picks the sheet
  --payments F          payments, credit notes and write-offs (optional)
  --clients F           customer sheet: payment terms, names, e-mails (optional)
  --fec F               French FEC ledger export (tab or | separated): accounts 411

Options:
  --as-of YYYY-MM-DD    as-of date (default: last day of the previous month)
  --buckets 30,60,90    bucket bounds in days overdue → not due, 1–30, 31–60, 61–90, > 90 days
  --no-auto-lettrage    payments without an invoice reference stay as unapplied credits
                        (by default they settle the customer's oldest invoices)
  --by-invoice-date     age from the invoice date instead of the due date
  --terms 30            default payment terms (days) when neither the row nor the customer sheet gives one
  --json                JSON output (stable contract, amounts in currency units exact to the cent)
  --csv                 customers × buckets table for French Excel: ";" separator, decimal comma
                        (1234,56), UTF-8 with BOM
  --help                this help

CSV files: "," ";" or tab separator detected on the header line; RFC 4180 quotes; UTF-8 (with or without BOM),
UTF-16 with BOM, or Windows-1252 (detected automatically).
An invoice due on the as-of date is not yet overdue.
Exit code: 0 (data problems are listed), 2 (unusable input or bad option: one line on stderr).
`;
