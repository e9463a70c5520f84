// Word lists for plausible French client names of an accounting firm (invented; any likeness is chance).

export const SURNAMES = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
  "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
  "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
  "Guérin", "Muller", "Henry", "Roussel", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Fontaine",
  "Chevalier", "Robin", "Masson", "Sanchez", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
  "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour", "Blanchard", "Barbier",
  "Brun", "Giraud", "Arnaud", "Rolland", "Leclerc", "Caron", "Picard", "Aubert", "Colin", "Vidal", "Renaud",
] as const;

export const FIRST_NAMES_F = [
  "Claire", "Sophie", "Isabelle", "Nathalie", "Céline", "Hélène", "Camille", "Julie", "Élodie", "Anne", "Marion",
  "Sandrine", "Laure", "Agnès", "Françoise", "Chloé", "Léa", "Manon", "Valérie", "Béatrice",
] as const;

export const FIRST_NAMES_M = [
  "Jean", "Pierre", "Nicolas", "Laurent", "Philippe", "Stéphane", "Olivier", "Julien", "Thierry", "François",
  "Frédéric", "Sébastien", "Éric", "Christophe", "Mathieu", "Hugo", "Benoît", "Jérôme", "Loïc", "Gérard",
] as const;

/** Trades of small businesses, with the e-mail word used in their domain. */
export const TRADES = [
  "Boulangerie", "Garage", "Plomberie", "Transports", "Menuiserie", "Restaurant", "Imprimerie", "Électricité",
  "Fromagerie", "Hôtel", "Librairie", "Charpente", "Paysages", "Immobilière", "Informatique", "Conseil",
  "Bâtiment", "Optique", "Coiffure", "Traiteur", "Cave", "Carrosserie", "Maçonnerie", "Fleurs", "Peinture",
  "Boucherie", "Pâtisserie", "Chauffage", "Couverture", "Serrurerie",
] as const;

export const PLACES = [
  "du Centre", "de la Gare", "des Alpes", "du Lac", "de Provence", "du Port", "des Vosges", "du Marais",
  "de l'Étang", "des Halles", "du Vieux-Lyon", "de Bretagne", "d'Armor", "du Val de Loire", "des Flandres",
] as const;

export const TOWNS = [
  "Quimper", "Annecy", "Colmar", "Angers", "Rouen", "Dijon", "Nîmes", "Pau", "Tours", "Lorient", "Vannes",
  "Besançon", "Chambéry", "Périgueux", "Béziers",
] as const;

export const BIG_ACCOUNTS = [
  "Groupe Vasseur Distribution SA", "Compagnie Fromagère de l'Ouest SAS", "Logistique Rhône-Alpes SA",
  "Hôpital privé Saint-Vincent SAS", "Société Nouvelle des Ateliers Garnier SA", "Brasseries du Nord SAS",
] as const;

export const ASSOCIATIONS = [
  "Association sportive de {town}", "Comité des fêtes de {town}", "Association Les Amis du Musée de {town}",
  "Club nautique de {town}",
] as const;

export const LIBERAL_PROFESSIONS = [
  "Cabinet médical du Dr {surname}", "Maître {first} {surname}, avocat", "SELARL Pharmacie {surname}",
  "Cabinet d'architecture {surname}", "Dr {first} {surname}, chirurgien-dentiste", "SCP {surname} & {surname2}, notaires",
  "Cabinet de kinésithérapie {surname}",
] as const;

/** Lower-case ASCII slug for e-mail domains: "Électricité Roux" → "electricite-roux". */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .toLowerCase()
    .replace(/&/g, " et ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
