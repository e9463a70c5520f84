// The demo page (npm run demo -- --serve): the sample workbook in the emulated Excel host, shown on the left,
// and the real taskpane on the right in a 350 px frame (pane.html), talking to that workbook through
// Microsoft's office.js. French first; ?lang=en for English.
import { SheetView } from "./grid";
import { demoLanguage, type DemoLanguage } from "./language";
import { linkOf, workbookView, type DemoGlobals } from "./view";
import { forgetDemoWorkbook, openDemoWorkbook, pageStorage } from "./workbook";

const WORDS: Record<DemoLanguage, Record<string, string>> = {
  fr: {
    title: "Encours — démonstration",
    subtitle: "— démonstration sans Excel",
    note:
      "À droite, le volet du complément tel quel, avec la bibliothèque office.js de Microsoft ; à gauche, un classeur simulé dans la page, " +
      "chargé avec l'exemple (cabinet d'expertise comptable fictif). Sélectionnez des cellules par clic, Maj+clic ou Ctrl+clic. " +
      "Les paramètres enregistrés sont conservés dans ce navigateur ; le reste repart de l'exemple à chaque chargement. " +
      "Outlook est simulé : « Créer les brouillons » les dépose sur le serveur de démonstration (rien n'est envoyé) ; le téléchargement .eml fonctionne aussi.",
    workbook: "Classeur",
    switchLanguage: "English",
    reset: "Réinitialiser la démonstration",
    status: "Classeur en mémoire · {n} lot(s) de requêtes Excel reçus du volet",
  },
  en: {
    title: "Encours — demo",
    subtitle: "— demo without Excel",
    note:
      "On the right, the add-in's taskpane as is, with Microsoft's office.js library; on the left, a workbook simulated in the page, " +
      "loaded with the sample (a fictitious accounting firm). Select cells with click, Shift+click or Ctrl+click. " +
      "Saved settings are kept in this browser; everything else starts again from the sample on each load. " +
      "Outlook is simulated: \"Create drafts\" puts them on the demo server (nothing is sent); the .eml download works too.",
    workbook: "Workbook",
    switchLanguage: "Français",
    reset: "Reset the demo",
    status: "In-memory workbook · {n} Excel request batch(es) received from the pane",
  },
};

function start(): void {
  const language = demoLanguage(window.location.search);
  const words = WORDS[language];
  document.documentElement.lang = language;
  document.title = words.title ?? "Encours";
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) node.textContent = words[node.dataset.text ?? ""] ?? "";

  const storage = pageStorage(window);
  const host = openDemoWorkbook(storage);
  const globals = window as unknown as DemoGlobals;
  globals.__encoursDemo = { workbook: workbookView(host), language };
  globals.__encoursDemoHost = linkOf(host);

  const switcher = document.getElementById("switch-language") as HTMLAnchorElement | null;
  if (switcher) {
    const params = new URLSearchParams(window.location.search);
    params.set("lang", language === "fr" ? "en" : "fr");
    switcher.href = `?${params.toString()}`;
    switcher.textContent = words.switchLanguage ?? "";
    switcher.lang = language === "fr" ? "en" : "fr";
  }
  const reset = document.getElementById("reset-demo");
  if (reset) {
    reset.textContent = words.reset ?? "";
    reset.addEventListener("click", () => {
      forgetDemoWorkbook(storage);
      window.location.reload();
    });
  }

  const section = document.getElementById("workbook");
  if (section) {
    new SheetView(section, host, language);
    const status = document.createElement("p");
    status.className = "status";
    status.setAttribute("aria-live", "off");
    const show = () => {
      status.textContent = (words.status ?? "").replace("{n}", String(host.batches.length));
    };
    show();
    host.onBatch(show);
    section.append(status);
  }

  // The frame starts once the workbook is there: its office.js sends batches to this page.
  const pane = document.getElementById("pane") as HTMLIFrameElement | null;
  if (pane) pane.src = `pane.html${window.location.search}`;
}

start();
