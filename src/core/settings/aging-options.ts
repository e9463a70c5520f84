// The aging options a refresh uses, from the settings and the as-of date.
import type { AgingOptions } from "../aging/types";
import type { IsoDay } from "../days/day";
import type { EncoursSettings } from "./types";

export function agingOptionsOf(settings: EncoursSettings, asOf: IsoDay): AgingOptions {
  return { asOf, bucketBounds: [...settings.bucketBounds], autoLettrage: settings.autoLettrage, basis: settings.agingBasis };
}
