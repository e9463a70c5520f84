// The default templates, one per e-mail level of the default schedule and per language. Courteous before
// the due date and at J+10, firmer at J+15, a formal notice (mise en demeure) at J+30. Every overdue level
// carries the legal mentions owed between professionals (Code de commerce L441-10 and D441-5).
import type { ReminderTemplate } from "./types";

const LEGAL_FR_TAIL =
  "conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne de plein droit, " +
  "sans qu'un rappel soit nécessaire, l'application de pénalités de retard au taux annuel de {taux_penalites}, " +
  "ainsi que d'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce).";

const LEGAL_EN_TAIL =
  "in accordance with Article L441-10 of the French Commercial Code, any late payment automatically incurs, " +
  "without any reminder being required, late-payment penalties at the annual rate of {taux_penalites}, " +
  "together with a fixed indemnity of €40 per invoice for recovery costs (Article D441-5 of the French Commercial Code).";

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const LEGAL_FR = capital(LEGAL_FR_TAIL);
const LEGAL_EN = capital(LEGAL_EN_TAIL);

const PREVENTIVE_FR: ReminderTemplate = {
  level: "J-5", language: "fr",
  subject: "{societe} – Factures arrivant à échéance le {echeance_la_plus_ancienne}",
  body: `Bonjour {contact},

Nous vous remercions de votre confiance. À titre de simple rappel, les factures ci-dessous arriveront prochainement à échéance :

{factures}

Soit un montant total de {total}.

Pourriez-vous vérifier qu'elles ont bien été reçues et que rien n'en retarde le règlement (bon de commande, validation interne, coordonnées de facturation) ? Si une difficulté se présente, n'hésitez pas à nous en faire part dès maintenant : nous la réglerons volontiers avec vous.

Pour votre règlement, nos coordonnées bancaires : IBAN {iban} – BIC {bic}.

Si le paiement est déjà programmé, nous vous en remercions et vous prions de ne pas tenir compte de ce message.

Pour mémoire, ${LEGAL_FR_TAIL}

Bien cordialement,

{signature}`,
};

const PREVENTIVE_EN: ReminderTemplate = {
  level: "J-5", language: "en",
  subject: "{societe} – Invoices falling due on {echeance_la_plus_ancienne}",
  body: `Dear {contact},

Thank you for your business. As a courtesy, please note that the invoices below will soon fall due:

{factures}

Total amount: {total}.

Could you please check that you have received them and that nothing is holding up their payment (purchase order, internal approval, billing details)? If there is any difficulty, please let us know now and we will gladly sort it out with you.

Our bank details for your payment: IBAN {iban} – BIC {bic}.

If payment is already scheduled, thank you, and please disregard this message.

For your information, ${LEGAL_EN_TAIL}

Kind regards,

{signature}`,
};

const FIRST_FR: ReminderTemplate = {
  level: "J+10", language: "fr",
  subject: "{societe} – Relance : factures échues ({total})",
  body: `Bonjour {contact},

Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement des factures suivantes, arrivées à échéance :

{factures}

Le montant restant dû s'élève à {total} ; la plus ancienne de ces factures présente un retard de {plus_ancien_retard}.

Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir procéder à leur règlement dans les meilleurs délais, par virement sur notre compte IBAN {iban} (BIC {bic}), en rappelant les numéros de factures.

Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message. Si l'une de ces factures pose difficulté, nous restons à votre disposition pour en parler.

Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne de plein droit l'application de pénalités de retard au taux annuel de {taux_penalites}, ainsi que d'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce).

Bien cordialement,

{signature}`,
};

const FIRST_EN: ReminderTemplate = {
  level: "J+10", language: "en",
  subject: "{societe} – Reminder: overdue invoices ({total})",
  body: `Dear {contact},

Unless we are mistaken, we have not yet received payment of the following invoices, which are now overdue:

{factures}

The balance due amounts to {total}; the oldest of these invoices is {plus_ancien_retard} overdue.

This is probably a simple oversight. We would be grateful if you could settle them as soon as possible by bank transfer to our account IBAN {iban} (BIC {bic}), quoting the invoice numbers.

If your payment has been made in the meantime, please disregard this message. If any of these invoices raises a question, we remain at your disposal to discuss it.

We would remind you that, in accordance with Article L441-10 of the French Commercial Code, any late payment automatically incurs late-payment penalties at the annual rate of {taux_penalites}, together with a fixed indemnity of €40 per invoice for recovery costs (Article D441-5 of the French Commercial Code).

Kind regards,

{signature}`,
};

const SECOND_FR: ReminderTemplate = {
  level: "J+15", language: "fr",
  subject: "{societe} – Deuxième relance : factures impayées ({total})",
  body: `Bonjour {contact},

Malgré notre précédente relance, nous constatons que les factures suivantes restent impayées à ce jour :

{factures}

Le montant restant dû s'élève à {total}, avec un retard de {plus_ancien_retard} sur l'échéance la plus ancienne ({echeance_la_plus_ancienne}).

Nous vous demandons de bien vouloir régler cette somme au plus tard le {date_limite}, par virement sur notre compte IBAN {iban} (BIC {bic}). Si un désaccord ou une difficulté explique ce retard, merci de nous en informer sans attendre afin que nous trouvions ensemble une solution.

${LEGAL_FR} À la date du {date_arrete}, les pénalités s'élèvent à {penalites} et l'indemnité forfaitaire à {indemnite}.

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Cordialement,

{signature}`,
};

const SECOND_EN: ReminderTemplate = {
  level: "J+15", language: "en",
  subject: "{societe} – Second reminder: unpaid invoices ({total})",
  body: `Dear {contact},

Despite our previous reminder, the following invoices remain unpaid to date:

{factures}

The balance due amounts to {total}, and the oldest due date ({echeance_la_plus_ancienne}) is {plus_ancien_retard} past.

We ask you to settle this amount no later than {date_limite}, by bank transfer to our account IBAN {iban} (BIC {bic}). If a disagreement or a difficulty explains this delay, please let us know without delay so that we can find a solution together.

${LEGAL_EN} As at {date_arrete}, the penalties amount to {penalites} and the fixed indemnity to {indemnite}.

If your payment has been made in the meantime, please disregard this message.

Yours sincerely,

{signature}`,
};

const NOTICE_FR: ReminderTemplate = {
  level: "J+30", language: "fr",
  subject: "{societe} – Mise en demeure de payer – {total}",
  body: `Madame, Monsieur,

Malgré nos relances restées sans effet, les factures suivantes, établies à l'ordre de {client}, demeurent impayées :

{factures}

Par la présente, nous vous mettons en demeure de nous régler la somme de {total} au plus tard le {date_limite}, par virement sur notre compte IBAN {iban} (BIC {bic}).

Conformément à l'article L441-10 du Code de commerce, ce retard entraîne de plein droit des pénalités de retard au taux annuel de {taux_penalites}, soit {penalites} à la date du {date_arrete}, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code), soit {indemnite}. Nous nous réservons le droit de demander une indemnisation complémentaire, sur justification, si les frais de recouvrement exposés dépassent ce montant.

À défaut de règlement dans ce délai, nous engagerons sans autre avis une procédure de recouvrement judiciaire.

La présente mise en demeure vous est également adressée par lettre recommandée avec accusé de réception. Si votre règlement a été effectué entre-temps, nous vous prions de ne pas en tenir compte.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

{signature}`,
};

const NOTICE_EN: ReminderTemplate = {
  level: "J+30", language: "en",
  subject: "{societe} – Formal notice to pay – {total}",
  body: `Dear Sir or Madam,

Despite our previous reminders, which have remained unanswered, the following invoices issued to {client} are still unpaid:

{factures}

We hereby give you formal notice to pay the sum of {total} no later than {date_limite}, by bank transfer to our account IBAN {iban} (BIC {bic}).

In accordance with Article L441-10 of the French Commercial Code, this delay automatically incurs late-payment penalties at the annual rate of {taux_penalites}, i.e. {penalites} as at {date_arrete}, together with a fixed indemnity of €40 per invoice for recovery costs (Article D441-5 of the same code), i.e. {indemnite}. We reserve the right to claim additional compensation, on proof, should the recovery costs incurred exceed this amount.

Failing payment within this time, we will initiate legal recovery proceedings without further notice.

This formal notice is also being sent to you by registered letter with acknowledgement of receipt. If your payment has been made in the meantime, please disregard it.

Yours faithfully,

{signature}`,
};

/** The default templates: J-5, J+10, J+15 and J+30, in French and in English. */
export const DEFAULT_TEMPLATES: readonly ReminderTemplate[] = Object.freeze(
  [PREVENTIVE_FR, PREVENTIVE_EN, FIRST_FR, FIRST_EN, SECOND_FR, SECOND_EN, NOTICE_FR, NOTICE_EN].map((t) => Object.freeze(t)),
);
