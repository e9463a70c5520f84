// Ribbon commands (function file, manifest.xml <FunctionFile>). The same page, opened by the dialog API with
// ?status=…, is the command's status window (see refresh-command.ts).
import { officePorts, STATUS_PARAM } from "./office-ports";
import { runRibbonRefresh } from "./refresh-command";
import { runStatusPage } from "./status-page";

function refreshDashboard(event: Office.AddinCommands.Event): void {
  void runRibbonRefresh(officePorts(window.location.href), event);
}

const status = new URLSearchParams(window.location.search).get(STATUS_PARAM);
if (status !== null) {
  runStatusPage(status, document.body);
} else {
  void Office.onReady(() => {
    Office.actions.associate("refreshDashboard", refreshDashboard);
  });
}
