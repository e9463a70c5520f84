// Help texts of `encours`, French then English.

export const MAIN_HELP = `encours — balance âgée du poste clients (Encours)

Usage :
  encours age --workbook CLASSEUR.xlsx [options]
  encours age --invoices FACTURES [--payments REGLEMENTS] [--clients CLIENTS] [options]
  encours age --fec FEC.txt [options]
  encours age --help        options détaillées
  encours relances --workbook CLASSEUR.xlsx [--select "Feuille!A5:A20"] [--out DOSSIER] [options]
  encours relances --help   relances : plan, brouillons .eml, agenda
  encours report --workbook CLASSEUR.xlsx [--out RAPPORT.xlsx]   balance âgée et tableau de bord dans une copie
  encours report --help

Exemples :
  npm run --silent encours -- age --workbook examples/cabinet-exemple.xlsx --as-of 2026-09-30
  npm run --silent encours -- relances --workbook examples/cabinet-exemple.xlsx --as-of 2026-10-31 --out relances

────────────────────────────────────────────────────────────────────────

encours — aged receivables balance (Encours)

Usage:
  encours age --workbook WORKBOOK.xlsx [options]
  encours age --invoices INVOICES [--payments PAYMENTS] [--clients CLIENTS] [options]
  encours age --fec FEC.txt [options]
  encours age --help        all options
  encours relances --workbook WORKBOOK.xlsx [--select "Sheet!A5:A20"] [--out FOLDER] [options]
  encours relances --help   reminders: plan, .eml drafts, agenda
  encours report --workbook WORKBOOK.xlsx [--out REPORT.xlsx]   aged balance and dashboard in a copy
  encours report --help
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

export const RELANCES_HELP = `encours relances — relances clients : le plan, les brouillons d'e-mails (.eml) et l'agenda

Usage :
  encours relances --workbook CLASSEUR.xlsx [--as-of AAAA-MM-JJ] [--select "Feuille!A5:A20"]… [--out DOSSIER]
                   [--json] [--lang fr|en]

  --workbook W.xlsx     classeur : feuilles Factures, Règlements, Clients (comme encours age) et, s'il existe,
                        le Suivi des relances (litiges, promesses, relances déjà faites)
  --as-of AAAA-MM-JJ    date des relances (par défaut : aujourd'hui)
  --select "F!A5:A20"   lignes à relancer, comme sélectionnées dans Excel : sur la Balance âgée (lignes client ou
                        facture), la feuille Factures (ces factures seulement) ou le Suivi des relances (le client) ;
                        plusieurs plages : "F!A5:A8,A12" ou --select répété ; nom avec espaces : 'Balance âgée'!A5:A20
                        ou Balance âgée!A5:A20. Sans --select : tous les clients ayant une facture ouverte.
  --out DOSSIER         écrit dans DOSSIER/AAAA-MM-JJ/ un fichier .eml par e-mail (il s'ouvre dans Outlook comme un
                        message à envoyer), plan.json (le plan, format --json) et agenda.txt (appels à passer avec
                        leur objectif, courriers à envoyer, promesses à vérifier). Sans --out : rien n'est écrit.
                        Un .eml qui n'est pas celui du précédent passage à la même date n'est jamais écrasé.
  --json                le plan en JSON (format "encours-relances/1", montants en unités exacts au centime)
  --lang fr|en          langue de l'affichage, et des brouillons des clients sans langue (par défaut fr)
  --help                cette aide

Pour chaque client : le niveau atteint selon le calendrier (J−5 préventive, J+5 appel, J+10 et J+15 e-mails,
J+20 appel, J+30 mise en demeure e-mail + recommandé), les factures, le total, ou la raison de l'écarter
(compte bloqué, litige, promesse en cours, niveau déjà envoyé, pas d'e-mail…).
Code de sortie : 0 (y compris une sélection vide : le plan dit pourquoi), 2 (classeur ou option inutilisable,
modèle de relance invalide : rien n'est écrit).

────────────────────────────────────────────────────────────────────────

encours relances — customer reminders: the plan, the e-mail drafts (.eml) and the agenda

Usage:
  encours relances --workbook WORKBOOK.xlsx [--as-of YYYY-MM-DD] [--select "Sheet!A5:A20"]… [--out FOLDER]
                   [--json] [--lang fr|en]

  --workbook W.xlsx     workbook: Invoices, Payments, Customers sheets (as for encours age) and, when present,
                        the follow-up journal "Suivi des relances" (disputes, promises, reminders already made)
  --as-of YYYY-MM-DD    reminder date (default: today)
  --select "S!A5:A20"   rows to remind, as selected in Excel: on the aged balance (customer or invoice rows), the
                        invoice sheet (those invoices only) or the follow-up journal (the customer); several areas:
                        "S!A5:A8,A12" or repeat --select; names with spaces: 'Balance âgée'!A5:A20 or
                        Balance âgée!A5:A20. Without --select: every customer with an open invoice.
  --out FOLDER          writes into FOLDER/YYYY-MM-DD/ one .eml file per e-mail (Outlook opens it as a message
                        ready to send), plan.json (the plan, --json format) and agenda.txt (calls to make with their
                        goal, letters to send, promises to check). Without --out nothing is written.
                        An .eml that is not the previous run's for the same date is never overwritten.
  --json                the plan as JSON (format "encours-relances/1", amounts in currency units exact to the cent)
  --lang fr|en          language of the output, and of the drafts of customers without one (default fr)
  --help                this help

Exit code: 0 (including an empty selection: the plan says why), 2 (unusable workbook or option, invalid
reminder template: nothing is written).
`;
