// How the emulated host describes an Excel type: its scalar properties (PascalCase, as on the wire),
// navigation properties, methods, indexer and items. One small file per Excel type uses this.
import type { EmulatedWorkbook } from "../model/workbook";

export interface Host {
  readonly workbook: EmulatedWorkbook;
  /** Office.context.requirements.isSetSupported as configured for the harness. */
  supports(set: string, version: string): boolean;
  /** Reads above this many cells are refused (RangeExceedsLimit). */
  readonly maxReadCells: number;
}

/** An object the host resolved from an ObjectPath. */
export interface HostObject {
  readonly def: TypeDef<unknown>;
  readonly target: unknown;
}

export interface ScalarDef<T> {
  get: (t: T, host: Host) => unknown;
  set?: (t: T, value: unknown, host: Host) => void;
}

export interface TypeDef<T> {
  /** Excel's class name, e.g. "Range". */
  readonly name: string;
  /** Key under which Instantiate/Query answers carry the object's id ("Id" or "_Id"), when it has one. */
  readonly idKey?: "Id" | "_Id";
  readonly id?: (t: T) => string;
  readonly scalars: Record<string, ScalarDef<T>>;
  readonly navs?: Record<string, (t: T, host: Host) => HostObject | null>;
  /** Methods, whether used as ObjectPaths (returning a HostObject or null) or as actions (returning JSON or undefined). */
  readonly methods?: Record<string, (t: T, args: unknown[], host: Host) => unknown>;
  readonly indexer?: (t: T, args: unknown[], host: Host) => HostObject | null;
  /** Present for collections. */
  readonly items?: (t: T, host: Host) => HostObject[];
  /** Member name (PascalCase) → ExcelApi version that introduced it; older configured hosts answer ApiNotFound. */
  readonly since?: Record<string, string>;
}

export function hostObject<T>(def: TypeDef<T>, target: T): HostObject {
  // The def's functions only ever receive the target they were paired with here.
  return { def: def as unknown as TypeDef<unknown>, target };
}

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && "def" in value && "target" in value;
}

/** Capitalises the first letter: the client sends camelCase names in QueryInfo.Select. */
export function pascal(name: string): string {
  return name.length === 0 ? name : name.charAt(0).toUpperCase() + name.slice(1);
}
