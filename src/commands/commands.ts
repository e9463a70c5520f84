// Ribbon commands (function file). "Actualiser le tableau de bord" runs the refresh use case without the task pane;
// the use case itself comes with the workbook issue. Until then the command completes with a clear notice.
function refreshDashboard(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("refreshDashboard", refreshDashboard);
});
