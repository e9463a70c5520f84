// The protocol core: resolves a request's ObjectPaths to host objects, runs its Actions in order and
// answers { Results, Error? } as Excel does. When an action fails, the answer carries the results of
// the actions before it and an Error naming the failing action (ActionIndex), which Microsoft's client
// turns into an OfficeExtension.Error with that code.
import { apiNotFound, HostError } from "./errors";
import {
  ActionType,
  ObjectPathType,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
} from "./protocol";
import { hostObject, isHostObject, pascal, type Host, type HostObject, type TypeDef } from "./types/registry";
import { workbookType } from "./types/workbook";

/** Reference ids handed out by _KeepReference (kept across batches until _RemoveReference). */
export class ReferenceTable {
  private readonly byId = new Map<string, HostObject>();
  private readonly idOf = new WeakMap<HostObject, string>();
  private next = 1;

  keep(obj: HostObject): string {
    const existing = this.idOf.get(obj);
    if (existing) return existing;
    const id = `ref-${this.next++}`;
    this.byId.set(id, obj);
    this.idOf.set(obj, id);
    return id;
  }

  referenceOf(obj: HostObject): string | undefined {
    return this.idOf.get(obj);
  }

  get(id: string): HostObject | undefined {
    return this.byId.get(id);
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }
}

type Resolved = HostObject | null;

class Batch {
  private readonly resolved = new Map<number, Resolved>();

  constructor(
    private readonly body: RequestBody,
    private readonly host: Host,
    private readonly refs: ReferenceTable,
  ) {}

  run(): ResponseBody {
    const results: ActionResult[] = [];
    const actions = this.body.Actions ?? [];
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index];
      if (!action) continue;
      try {
        const value = this.action(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const err = e instanceof HostError ? e : new HostError("GeneralException", action.Name, String(e));
        return {
          Results: results,
          Error: {
            Code: err.code,
            Message: err.message,
            Location: err.location,
            ActionIndex: index,
            HttpStatusCode: err.httpStatusCode,
          },
        };
      }
    }
    return { Results: results };
  }

  private action(action: ActionInfo): unknown {
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const obj = this.resolve(action.ObjectPathId);
        return obj === null ? null : this.identity(obj);
      }
      case ActionType.query: {
        const obj = this.resolve(action.ObjectPathId);
        return obj === null ? null : this.query(obj, action.QueryInfo ?? {});
      }
      case ActionType.method:
        return this.method(action);
      case ActionType.setProperty: {
        const obj = this.resolve(action.ObjectPathId);
        if (obj === null) return undefined;
        const [value] = this.args(action.ArgumentInfo);
        this.checkSince(obj.def, action.Name);
        const scalar = obj.def.scalars[action.Name];
        if (!scalar) throw apiNotFound(`${obj.def.name}.${action.Name}`, "property not emulated");
        if (!scalar.set) throw new HostError("InvalidArgument", `${obj.def.name}.${action.Name}`, "read-only property");
        scalar.set(obj.target, value, this.host);
        return undefined;
      }
      case ActionType.trace:
        return null;
      default:
        throw apiNotFound(action.Name || `ActionType ${action.ActionType}`, "action type not emulated");
    }
  }

  private method(action: ActionInfo): unknown {
    const obj = this.resolve(action.ObjectPathId);
    if (obj === null) return null;
    const args = this.args(action.ArgumentInfo);
    if (action.Name === "_KeepReference") {
      this.refs.keep(obj);
      return undefined;
    }
    if (action.Name === "_RemoveReference" && obj.def === workbookType) {
      this.refs.remove(String(args[0]));
      return undefined;
    }
    const result = this.invoke(obj, action.Name, args);
    if (isHostObject(result)) return this.identity(result);
    return result === undefined ? null : result;
  }

  private invoke(obj: HostObject, name: string, args: unknown[]): unknown {
    this.checkSince(obj.def, name);
    const fn = obj.def.methods?.[name];
    if (fn) return fn(obj.target, args, this.host);
    const items = obj.def.items;
    if (items && name === "GetCount") return items(obj.target, this.host).length;
    if (items && name === "GetItemAt") {
      const list = items(obj.target, this.host);
      const item = list[Number(args[0])];
      if (!item) throw new HostError("ItemNotFound", `${obj.def.name}.getItemAt`);
      return item;
    }
    throw apiNotFound(`${obj.def.name}.${name}`, "method not emulated");
  }

  private checkSince(def: TypeDef<unknown>, member: string): void {
    const version = def.since?.[member];
    if (version && !this.host.supports("ExcelApi", version)) {
      throw apiNotFound(`${def.name}.${member}`, `ExcelApi ${version}`);
    }
  }

  /** Arguments with client objects (sent as ObjectPath ids) replaced by what they resolve to. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds;
    if (refs) {
      refs.forEach((ref, i) => {
        if (typeof ref === "number" && ref !== 0) args[i] = this.resolve(ref);
      });
    }
    return args;
  }

  private resolve(id: number): Resolved {
    if (this.resolved.has(id)) return this.resolved.get(id) ?? null;
    const info = this.body.ObjectPaths?.[String(id)];
    if (!info) throw new HostError("InvalidObjectPath", `ObjectPath ${id}`);
    let result: Resolved;
    switch (info.ObjectPathType) {
      case ObjectPathType.globalObject:
        result = hostObject(workbookType, this.host.workbook);
        break;
      case ObjectPathType.referenceId: {
        const found = this.refs.get(info.Name);
        if (!found) throw new HostError("InvalidObjectPath", `_reference(${info.Name})`);
        result = found;
        break;
      }
      case ObjectPathType.property: {
        const parent = this.resolve(info.ParentObjectPathId ?? 0);
        if (parent === null) {
          result = null;
          break;
        }
        this.checkSince(parent.def, info.Name);
        const nav = parent.def.navs?.[info.Name];
        if (!nav) throw apiNotFound(`${parent.def.name}.${info.Name}`, "navigation not emulated");
        result = nav(parent.target, this.host);
        break;
      }
      case ObjectPathType.method: {
        const parent = this.resolve(info.ParentObjectPathId ?? 0);
        if (parent === null) {
          result = null;
          break;
        }
        const out = this.invoke(parent, info.Name, this.args(info.ArgumentInfo));
        if (out !== null && !isHostObject(out)) throw apiNotFound(`${parent.def.name}.${info.Name}`, "not emulated as an object");
        result = out;
        break;
      }
      case ObjectPathType.indexer: {
        const parent = this.resolve(info.ParentObjectPathId ?? 0);
        if (parent === null) {
          result = null;
          break;
        }
        const indexer = parent.def.indexer;
        if (!indexer) throw apiNotFound(`${parent.def.name}.getItem`, "indexer not emulated");
        result = indexer(parent.target, this.args(info.ArgumentInfo), this.host);
        break;
      }
      default:
        throw apiNotFound(info.Name || `ObjectPathType ${info.ObjectPathType}`, "object path type not emulated");
    }
    this.resolved.set(id, result);
    return result;
  }

  /** What Instantiate answers: the object's id or reference id, so the client can address it later. */
  private identity(obj: HostObject): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const ref = this.refs.referenceOf(obj);
    if (ref) out._ReferenceId = ref;
    if (obj.def.idKey && obj.def.id) out[obj.def.idKey] = obj.def.id(obj.target);
    return out;
  }

  private query(obj: HostObject, info: QueryInfo): unknown {
    if (obj.def.items) return this.collectionBag(obj, info.Select, info.Expand, info);
    return this.objectBag(obj, info.Select, info.Expand);
  }

  private collectionBag(obj: HostObject, select: string[] | undefined, expand: string[] | undefined, page?: QueryInfo) {
    const all = obj.def.items?.(obj.target, this.host) ?? [];
    const skip = page?.Skip ?? 0;
    const top = page?.Top;
    const items = all.slice(skip, top === undefined ? undefined : skip + top);
    return {
      _Items: items.map((item) => {
        const bag = this.objectBag(item, select, expand);
        if (item.def.idKey && item.def.id) bag._Id = item.def.id(item.target);
        return bag;
      }),
    };
  }

  /** The property bag of one object: selected scalars, and nested bags for selected navigations. */
  private objectBag(obj: HostObject, select: string[] | undefined, expand: string[] | undefined): Record<string, unknown> {
    const bag: Record<string, unknown> = {};
    const def = obj.def;
    const ref = this.refs.referenceOf(obj);
    if (ref) bag._ReferenceId = ref;
    const nested = new Map<string, string[]>();
    const wantAll = select === undefined || select.length === 0 || select.includes("*");
    if (wantAll) {
      for (const name of Object.keys(def.scalars)) {
        const version = def.since?.[name];
        if (version && !this.host.supports("ExcelApi", version)) continue;
        bag[name] = def.scalars[name]?.get(obj.target, this.host);
      }
    }
    for (const path of select ?? []) {
      if (path === "*") continue;
      const [head = "", ...rest] = path.split(/[/.]/);
      const name = pascal(head);
      if (def.scalars[name] && rest.length === 0) {
        this.checkSince(def, name);
        bag[name] = def.scalars[name]?.get(obj.target, this.host);
      } else if (def.navs?.[name]) {
        const list = nested.get(name) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        nested.set(name, list);
      } else if (name === "_ReferenceId" || name === "_Id") {
        continue;
      } else {
        throw apiNotFound(`${def.name}.${head}`, "property not emulated");
      }
    }
    for (const path of expand ?? []) {
      const [head = "", ...rest] = path.split(/[/.]/);
      const name = pascal(head);
      if (!def.navs?.[name]) throw apiNotFound(`${def.name}.${head}`, "navigation not emulated");
      const list = nested.get(name) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      nested.set(name, list);
    }
    for (const [name, paths] of nested) {
      this.checkSince(def, name);
      const child = def.navs?.[name]?.(obj.target, this.host) ?? null;
      const sub = paths.length > 0 ? paths : undefined;
      bag[name] = child === null ? null : child.def.items ? this.collectionBag(child, sub, undefined) : this.objectBag(child, sub, undefined);
    }
    return bag;
  }
}

export function processRequest(body: RequestBody, host: Host, refs: ReferenceTable): ResponseBody {
  return new Batch(body, host, refs).run();
}
