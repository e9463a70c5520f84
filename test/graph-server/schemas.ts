// Microsoft Graph's contract for drafts, read from ../shared/schemas/graph (beside the repository).
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

export const GRAPH_SCHEMA_DIR = path.resolve(__dirname, "../../../shared/schemas/graph");

export interface GraphContract {
  /** The body we send to POST /me/messages. */
  draftRequest: ValidateFunction;
  /** The 201 Created body. */
  created: ValidateFunction;
  /** The GET /me/messages?$filter=… body. */
  collection: ValidateFunction;
  /** Any 4xx/5xx body. */
  error: ValidateFunction;
}

let cached: GraphContract | null = null;

export function graphContract(): GraphContract {
  if (cached) return cached;
  const load = (name: string): object => JSON.parse(readFileSync(path.join(GRAPH_SCHEMA_DIR, name), "utf8")) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(load("message.schema.json")).addSchema(load("error.schema.json"));
  const get = (id: string): ValidateFunction => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`schema ${id} not found in ${GRAPH_SCHEMA_DIR}`);
    return validate;
  };
  cached = {
    draftRequest: get("urn:encours:graph:v1.0:message"),
    created: get("urn:encours:graph:v1.0:message#/$defs/createMessageResponse201"),
    collection: get("urn:encours:graph:v1.0:message#/$defs/messageCollectionResponse"),
    error: get("urn:encours:graph:v1.0:error"),
  };
  return cached;
}

/** Ajv's errors as one readable line. */
export function explain(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`).join("; ");
}
