// Entry of auth.html, the sign-in page opened in an Office dialog where nested app authentication is missing.
import { runAuthDialogPage } from "./auth-dialog";

void runAuthDialogPage();
