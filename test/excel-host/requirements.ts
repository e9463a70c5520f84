// Office.context.requirements.isSetSupported as configured per harness: a set is supported up to the
// configured version; sets not configured are unsupported.
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements#check-for-api-availability-at-runtime

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function makeIsSetSupported(sets: Record<string, string>): (name: string, version?: string | number) => boolean {
  const byName = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
  return (name, version) => {
    const configured = byName.get(String(name).toLowerCase());
    if (configured === undefined) return false;
    if (version === undefined || version === null || version === "") return true;
    return compareVersions(configured, String(version)) >= 0;
  };
}
