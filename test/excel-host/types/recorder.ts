// A generic Excel object that records what the add-in sets on it, by property path, and answers
// reads with what was set (null otherwise). Used for the many small objects hanging off charts,
// conditional formats and page layouts (chart.title, chart.axes.valueAxis.title, cf.custom.rule, …),
// where tests only need to assert what was asked. Microsoft's client only sends names it knows, so
// accepting any name here does not let a misspelt property through.
import { hostObject, type HostObject, type ScalarDef, type TypeDef } from "./registry";

export interface RecorderTarget {
  /** Shared by an object and all its sub-objects. */
  readonly store: Record<string, unknown>;
  /** "title." for chart.title, "" for the root. */
  readonly prefix: string;
}

const cache = new Map<string, TypeDef<RecorderTarget>>();

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

export function recorderType(label: string, defaults: Record<string, unknown> = {}): TypeDef<RecorderTarget> {
  const key = `${label}|${JSON.stringify(defaults)}`;
  const existing = cache.get(key);
  if (existing) return existing;
  const scalars = new Proxy({} as Record<string, ScalarDef<RecorderTarget>>, {
    get: (_target, name) =>
      typeof name !== "string"
        ? undefined
        : {
            get: (t: RecorderTarget) => {
              const path = t.prefix + camel(name);
              return path in t.store ? t.store[path] : (defaults[path] ?? null);
            },
            set: (t: RecorderTarget, value: unknown) => {
              t.store[t.prefix + camel(name)] = value;
            },
          },
  });
  const navs = new Proxy({} as Record<string, (t: RecorderTarget) => HostObject | null>, {
    get: (_target, name) =>
      typeof name !== "string"
        ? undefined
        : (t: RecorderTarget) => hostObject(recorderType(name, defaults), { store: t.store, prefix: `${t.prefix}${camel(name)}.` }),
  });
  const methods = new Proxy({} as Record<string, (t: RecorderTarget, args: unknown[]) => unknown>, {
    get: (_target, name) =>
      typeof name !== "string"
        ? undefined
        : (t: RecorderTarget, args: unknown[]) => {
            // getItem(…)/getItemAt(…)-style methods answer a sub-object (chart.axes.getItem("Value", "Secondary"));
            // other methods are recorded with their arguments.
            if (name.startsWith("Get")) {
              const path = `${t.prefix}${camel(name)}(${args.map((a) => String(a)).join(",")}).`;
              return hostObject(recorderType(name, defaults), { store: t.store, prefix: path });
            }
            t.store[`${t.prefix}${camel(name)}()`] = args;
            return undefined;
          },
  });
  const def: TypeDef<RecorderTarget> = { name: label, scalars, navs, methods };
  cache.set(key, def);
  return def;
}
