// Messages of the ledger checks: French first, then " / " and English. `at` is an A1 reference with its
// sheet (Factures!E12); values are quoted as typed.
import { quoteValue } from "../cells/messages";

const q = quoteValue;

export const ledgerMessages = {
  totalsSkipped: (sheet: string, row: number, label: string): string =>
    `Ligne ${row} de ${sheet} ignorée : ligne de total${label ? ` (${q(label).fr})` : ""}. / ` +
    `Row ${row} of ${sheet} skipped: totals row${label ? ` (${q(label).en})` : ""}.`,
  numberMissing: (at: string): string =>
    `N° de facture vide en ${at} : la ligne est écartée ; saisissez le numéro. / Empty invoice number in ${at}: row left out; enter the number.`,
  clientMissing: (at: string): string =>
    `Client vide en ${at} : la ligne est écartée ; saisissez le client. / Empty client in ${at}: row left out; enter the client.`,
  paymentClientMissing: (at: string): string =>
    `Client vide en ${at} et aucune facture connue citée : le règlement est écarté ; saisissez le client. / ` +
    `Empty client in ${at} and no known invoice named: payment left out; enter the client.`,
  duplicate: (number: string, first: string, second: string, row: number): string =>
    `Facture ${q(number).fr} en double : ${second} reprend le numéro de ${first} ; la ligne ${row} est écartée. / ` +
    `Duplicate invoice ${q(number).en}: ${second} repeats the number in ${first}; row ${row} left out.`,
  zeroInvoice: (number: string, at: string): string =>
    `Facture ${q(number).fr} à montant nul en ${at} : ignorée. / Invoice ${q(number).en} has a zero amount in ${at}: ignored.`,
  negativeInvoice: (number: string, at: string): string =>
    `Montant négatif en ${at} : la pièce ${q(number).fr} est traitée comme un avoir. / ` +
    `Negative amount in ${at}: document ${q(number).en} is treated as a credit note.`,
  dueBeforeDate: (due: string, date: string, at: string): string =>
    `Échéance ${due} antérieure à la date de facture ${date} en ${at} : vérifiez ; la facture est gardée. / ` +
    `Due date ${due} is before the invoice date ${date} in ${at}: check it; the invoice is kept.`,
  currencyUnknown: (text: string, at: string): string =>
    `Devise inconnue ${q(text).fr} en ${at} : gardée telle quelle ; utilisez un code ISO (EUR, USD…). / ` +
    `Unknown currency ${q(text).en} in ${at}: kept as is; use an ISO code (EUR, USD…).`,
  zeroPayment: (at: string): string =>
    `Règlement à montant nul en ${at} : ignoré. / Payment with a zero amount in ${at}: ignored.`,
  negativePayment: (text: string, at: string): string =>
    `Règlement négatif ${q(text).fr} en ${at} (remboursement ?) : non pris en compte ; saisissez un remboursement comme une facture. / ` +
    `Negative payment ${q(text).en} in ${at} (a refund?): left out; enter a refund as an invoice.`,
  signIgnored: (text: string, at: string): string =>
    `Montant négatif ${q(text).fr} en ${at} pour un avoir ou une perte : pris en valeur absolue. / ` +
    `Negative amount ${q(text).en} in ${at} for a credit note or write-off: taken as its absolute value.`,
  typeUnknown: (text: string, at: string): string =>
    `Type de règlement inconnu ${q(text).fr} en ${at} : traité comme un règlement (types reconnus : Règlement, Avoir, Perte). / ` +
    `Unknown payment type ${q(text).en} in ${at}: treated as a payment (known types: Payment, Credit note, Write-off).`,
  emailInvalid: (address: string, at: string): string =>
    `Adresse e-mail invalide ${q(address).fr} en ${at} : ignorée, les autres adresses sont gardées. / ` +
    `Invalid e-mail address ${q(address).en} in ${at}: ignored, the other addresses are kept.`,
  clientIdMissing: (at: string): string =>
    `Code client vide en ${at} : la ligne de la feuille clients est ignorée. / Empty client code in ${at}: the clients row is ignored.`,
  clientDuplicate: (id: string, first: string, second: string): string =>
    `Client ${q(id).fr} en double : ${second} est ignorée, ${first} fait foi. / Duplicate client ${q(id).en}: ${second} is ignored, ${first} is used.`,
  languageUnknown: (text: string, at: string): string =>
    `Langue inconnue ${q(text).fr} en ${at} : la langue par défaut sera utilisée (fr ou en). / ` +
    `Unknown language ${q(text).en} in ${at}: the default language will be used (fr or en).`,
  termsUnreadable: (text: string, at: string): string =>
    `Délai de paiement illisible ${q(text).fr} en ${at} : le délai par défaut s'applique (saisissez un nombre de jours). / ` +
    `Unreadable payment terms ${q(text).en} in ${at}: the default terms apply (enter a number of days).`,
  creditLimitUnreadable: (text: string, at: string): string =>
    `Encours autorisé illisible ${q(text).fr} en ${at} : ignoré. / Unreadable credit limit ${q(text).en} in ${at}: ignored.`,
  blockedUnreadable: (text: string, at: string): string =>
    `Valeur « bloqué » illisible ${q(text).fr} en ${at} : compte considéré comme non bloqué (saisissez oui ou non). / ` +
    `Unreadable “blocked” value ${q(text).en} in ${at}: account treated as not blocked (enter yes or no).`,
  dateOrderHint: (order: "dmy" | "mdy"): [string, string] =>
    order === "dmy"
      ? [" (colonne lue jour/mois/année)", " (column read as day/month/year)"]
      : [" (colonne lue mois/jour/année)", " (column read as month/day/year)"],
  emptySheet: (sheet: string): string =>
    `Feuille ${sheet} : aucune ligne de données sous les en-têtes. / Sheet ${sheet}: no data rows below the headers.`,
  clientsSheetIgnored: (message: string): string => `${message} (feuille clients ignorée / clients sheet ignored)`,
};
