// The warnings of lettrage about the invoice references of a credit (design.md §5 rule 5), French then English.
import { rowIssue, type Issue } from "../issues";
import type { Credit, CreditKind } from "../ledger/types";

const KIND_FR: Record<CreditKind, string> = { payment: "Règlement", "credit-note": "Avoir", "write-off": "Perte" };
const KIND_EN: Record<CreditKind, string> = { payment: "Payment", "credit-note": "Credit note", "write-off": "Write-off" };

function referenceIssue(code: string, credit: Credit, fr: string, en: string): Issue {
  const { sheet, row } = credit.source;
  return rowIssue(
    "warning", code,
    `${KIND_FR[credit.kind]} « ${credit.reference} » en ${sheet}, ligne ${row} : ${fr} / ` +
      `${KIND_EN[credit.kind]} "${credit.reference}" in ${sheet}, row ${row}: ${en}`,
    sheet, row,
  );
}

export function unknownInvoice(credit: Credit, ref: string): Issue {
  return referenceIssue("payment.unknown-invoice", credit,
    `la facture « ${ref} » est introuvable ; le montant est traité comme sans référence. Vérifiez le numéro de facture.`,
    `invoice "${ref}" was not found; the amount is treated as unreferenced. Check the invoice number.`);
}

export function otherClient(credit: Credit, ref: string, owner: string): Issue {
  return referenceIssue("payment.other-client-invoice", credit,
    `la facture « ${ref} » appartient au client « ${owner} », pas à « ${credit.client} » ; le montant est traité comme sans référence pour « ${credit.client} ». Vérifiez le client ou le numéro.`,
    `invoice "${ref}" belongs to customer "${owner}", not "${credit.client}"; the amount is treated as unreferenced for "${credit.client}". Check the customer or the number.`);
}

export function otherCurrency(credit: Credit, ref: string, currency: string): Issue {
  return referenceIssue("payment.currency-mismatch", credit,
    `la facture « ${ref} » est en ${currency}, le règlement en ${credit.currency} ; le montant est traité comme sans référence. Vérifiez la devise.`,
    `invoice "${ref}" is in ${currency}, the credit in ${credit.currency}; the amount is treated as unreferenced. Check the currency.`);
}
