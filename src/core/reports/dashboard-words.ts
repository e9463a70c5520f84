// Labels of the "Tableau de bord" sheet, French and English.
export interface DashboardWords {
  sheet: string;
  title: (currency: string) => string;
  asOf: string;
  generated: string;
  comparedWith: string;
  changeSource: { historique: string; tendance: string };
  noComparison: string;
  otherCurrency: string;
  outstandingShort: string;
  overdueShort: string;
  dsoShort: string;
  seeBalance: string;
  zones: { encours: string; delais: string; risques: string; activite: (month: string) => string };
  captions: { value: string; change: string; count: string; amount: string };
  encours: { total: string; nonEchu: string; echu: string; taux: string; clients: string; factures: string; concentration: string };
  echeancier: { title: string; bucket: string; amount: string; share: string };
  delais: {
    dso: string; dsoCapped: string; best: string; delai: string; retard: string; cei: string;
    rate: (days: number) => string; brackets: string; delai2: string; retard2: string; invoices: string;
    bracket: (label: string) => string;
  };
  risques: { douteux: string; over90: string; litiges: string; contentieux: string; limits: string; blocked: string; losses: string };
  activite: { invoices: string; creditNotes: string; newClients: string; losses: string };
  tops: { outstanding: string; overdue: string; client: string; encours: string; echu: string; share: string; oldest: string; shareOverdue: string; none: string };
  forecast: {
    title: string; week1: string; weeks4: string; weeks13: string; later: string; uncertain: string; total: string; usualDelay: string;
    invoices: string; amount: string;
  };
  charts: {
    section: string;
    monthEnd: string; encours: string; echu: string; dso: string;
    buckets: string;
    weekOf: string; expected: string; later: string;
    client: string; outstanding: string;
    titles: { trend: string; buckets: string; share: string; top: string; forecast: string };
    axes: { amount: string; days: string; month: string; week: string };
  };
}

export const DASHBOARD_FR: DashboardWords = {
  sheet: "Tableau de bord",
  title: (c) => `Tableau de bord du poste clients — ${c}`,
  asOf: "Date d'arrêté",
  generated: "Généré le",
  comparedWith: "Variations depuis le",
  changeSource: { historique: "(historique)", tendance: "(recalculé)" },
  noComparison: "Pas de mois précédent pour les variations",
  otherCurrency: "Autre devise",
  outstandingShort: "Encours",
  overdueShort: "Échu",
  dsoShort: "DSO",
  seeBalance: "détail dans la balance âgée",
  zones: { encours: "ENCOURS ET RETARD", delais: "DÉLAIS DE PAIEMENT", risques: "RISQUES", activite: (m) => `ACTIVITÉ — ${m.toUpperCase()}` },
  captions: { value: "Valeur", change: "Variation", count: "Nombre", amount: "Montant" },
  encours: {
    total: "Encours clients", nonEchu: "Non échu", echu: "Échu", taux: "Taux de retard (échu / encours)",
    clients: "Clients débiteurs", factures: "Factures ouvertes", concentration: "Part des 10 premiers clients",
  },
  echeancier: { title: "Échéancier", bucket: "Tranche", amount: "Montant", share: "Part" },
  delais: {
    dso: "DSO (méthode de l'épuisement)", dsoCapped: "DSO (plafonné à la période)", best: "DSO optimal",
    delai: "Délai moyen de règlement", retard: "Retard moyen de paiement", cei: "CEI du mois (efficacité)",
    rate: (d) => `Payé sous ${d} jours (montant)`, brackets: "Par montant de facture", delai2: "Délai", retard2: "Retard",
    invoices: "Factures", bracket: (l) => l.replace(" k", " k€"),
  },
  risques: {
    douteux: "Clients douteux", over90: "dont échu à plus de 90 jours", litiges: "Litiges ouverts", contentieux: "Contentieux",
    limits: "Dépassements d'encours autorisé", blocked: "Clients bloqués encore facturés", losses: "Pertes sur 12 mois",
  },
  activite: { invoices: "Factures émises", creditNotes: "Avoirs émis", newClients: "Nouveaux clients", losses: "Pertes du mois" },
  tops: {
    outstanding: "10 PREMIERS ENCOURS", overdue: "10 PREMIERS RETARDS", client: "Client", encours: "Encours", echu: "Échu",
    share: "Part", oldest: "Retard max", shareOverdue: "Part", none: "Aucun",
  },
  forecast: {
    title: "PRÉVISIONNEL D'ENCAISSEMENT", week1: "Attendu dans les 7 jours", weeks4: "Attendu sous 4 semaines",
    weeks13: "Attendu sous 13 semaines", later: "Au-delà de 13 semaines", uncertain: "Incertain (retard excessif, litige)",
    total: "Total des factures ouvertes", usualDelay: "Retard habituel moyen des clients", invoices: "Factures", amount: "Montant",
  },
  charts: {
    section: "DONNÉES DES GRAPHIQUES",
    monthEnd: "Fin de mois", encours: "Encours", echu: "Échu", dso: "DSO (j)",
    buckets: "Échéancier",
    weekOf: "Semaine du", expected: "Attendu", later: "Au-delà",
    client: "Client", outstanding: "Encours",
    titles: {
      trend: "Encours, échu et DSO sur 12 mois", buckets: "Échéancier sur 12 mois", share: "Répartition de l'encours",
      top: "10 premiers débiteurs", forecast: "Encaissements attendus sur 13 semaines",
    },
    axes: { amount: "€", days: "jours", month: "Fin de mois", week: "Semaine" },
  },
};

export const DASHBOARD_EN: DashboardWords = {
  sheet: "Dashboard",
  title: (c) => `Receivables dashboard — ${c}`,
  asOf: "As of",
  generated: "Generated on",
  comparedWith: "Changes since",
  changeSource: { historique: "(history)", tendance: "(recomputed)" },
  noComparison: "No previous month for changes",
  otherCurrency: "Other currency",
  outstandingShort: "Outstanding",
  overdueShort: "Overdue",
  dsoShort: "DSO",
  seeBalance: "details in the aged balance",
  zones: { encours: "OUTSTANDING AND OVERDUE", delais: "PAYMENT TIMES", risques: "RISKS", activite: (m) => `ACTIVITY — ${m.toUpperCase()}` },
  captions: { value: "Value", change: "Change", count: "Count", amount: "Amount" },
  encours: {
    total: "Receivables outstanding", nonEchu: "Not yet due", echu: "Overdue", taux: "Overdue rate (overdue / outstanding)",
    clients: "Customers owing", factures: "Open invoices", concentration: "Share of the top 10 customers",
  },
  echeancier: { title: "Aging", bucket: "Bucket", amount: "Amount", share: "Share" },
  delais: {
    dso: "DSO (countback method)", dsoCapped: "DSO (capped at the period)", best: "Best possible DSO",
    delai: "Average days to pay", retard: "Average days late", cei: "CEI of the month",
    rate: (d) => `Paid within ${d} days (amount)`, brackets: "By invoice amount", delai2: "Days to pay", retard2: "Days late",
    invoices: "Invoices", bracket: (l) => l,
  },
  risques: {
    douteux: "Doubtful customers", over90: "of which over 90 days overdue", litiges: "Open disputes", contentieux: "Litigation",
    limits: "Credit limits exceeded", blocked: "Blocked customers still invoiced", losses: "Write-offs over 12 months",
  },
  activite: { invoices: "Invoices issued", creditNotes: "Credit notes issued", newClients: "New customers", losses: "Write-offs of the month" },
  tops: {
    outstanding: "TOP 10 OUTSTANDING", overdue: "TOP 10 OVERDUE", client: "Customer", encours: "Outstanding", echu: "Overdue",
    share: "Share", oldest: "Max days", shareOverdue: "Share", none: "None",
  },
  forecast: {
    title: "CASH-IN FORECAST", week1: "Expected within 7 days", weeks4: "Expected within 4 weeks",
    weeks13: "Expected within 13 weeks", later: "After 13 weeks", uncertain: "Uncertain (very late, disputed)",
    total: "Total open invoices", usualDelay: "Customers' usual delay (mean)", invoices: "Invoices", amount: "Amount",
  },
  charts: {
    section: "CHART DATA",
    monthEnd: "Month-end", encours: "Outstanding", echu: "Overdue", dso: "DSO (d)",
    buckets: "Aging",
    weekOf: "Week of", expected: "Expected", later: "Later",
    client: "Customer", outstanding: "Outstanding",
    titles: {
      trend: "Outstanding, overdue and DSO over 12 months", buckets: "Aging over 12 months", share: "Outstanding by bucket",
      top: "Top 10 debtors", forecast: "Expected cash-in over 13 weeks",
    },
    axes: { amount: "€", days: "days", month: "Month-end", week: "Week" },
  },
};
