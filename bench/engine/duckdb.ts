// The same aged balance computed by DuckDB (in memory), as the yardstick for our engine.
//
// Load: the raw 2-D arrays of the generated workbook go through DuckDB's appender as they are (text, Excel
// serial numbers, amounts in currency units, "" for empty cells), so DuckDB starts from the same input as
// buildLedger; the query converts serials to dates and units to cents itself.
//
// What the SQL computes, exactly:
//  - invoices dated ≤ as-of; payments dated ≤ as-of, numbered in our processing order (date, reference, row);
//  - named lettrage: each payment's "N° facture" list is split on ';' and ',', and in the order named each
//    name that is an invoice of the same client and currency takes min(invoice amount, what the payment has
//    left) — a running sum over the names (window function); a name of an invoice dated after the as-of
//    date holds that money as an advance; other names take nothing;
//  - FIFO lettrage: per client and currency, what every payment has left (in processing order) is laid end
//    to end against what every invoice has open after the named pass (in due date, invoice date, number
//    order); each side pays the overlap of the two running-sum intervals (window functions again);
//  - lines: open invoices aged by due date, unapplied credits (leftover + advance, negative) aged by their
//    own date; summed per currency × client × bucket (non échu, 1–30, 31–60, 61–90, > 90).
// This equals our lettrage when no invoice is named by two different credits (the running sums assume an
// invoice's open amount before the named pass is its full amount). The generator guarantees it and
// `namedTwice` checks it; with invoices named twice the SQL would need a sequential pass it cannot express
// with window functions.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Workbook } from "./generate";

export interface DuckCell {
  currency: string;
  client: string;
  bucket: number;
  amount: number;
}

export class DuckAging {
  private constructor(private readonly instance: DuckDBInstance, private readonly connection: DuckDBConnection) {}

  static async open(): Promise<DuckAging> {
    const instance = await DuckDBInstance.create(":memory:");
    return new DuckAging(instance, await instance.connect());
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  /** (Re)creates the two tables and appends every row of the workbook's arrays. */
  async load(workbook: Workbook): Promise<void> {
    const c = this.connection;
    await c.run("DROP TABLE IF EXISTS invoices; DROP TABLE IF EXISTS payments;");
    await c.run(`CREATE TABLE invoices (row INTEGER, number VARCHAR, client VARCHAR, date_serial DOUBLE, due_serial DOUBLE,
      amount DOUBLE, currency VARCHAR)`);
    await c.run(`CREATE TABLE payments (row INTEGER, reference VARCHAR, client VARCHAR, date_serial DOUBLE, amount DOUBLE,
      refs VARCHAR, kind VARCHAR, currency VARCHAR)`);
    const inv = await c.createAppender("invoices");
    const rows = workbook.invoices.values;
    for (let r = 1; r < rows.length; r++) {
      const [number, client, date, due, amount, currency] = rows[r] as [string, string, number, number | "", number, string];
      inv.appendInteger(r + 1);
      inv.appendVarchar(number);
      inv.appendVarchar(client);
      inv.appendDouble(date);
      if (due === "") inv.appendNull();
      else inv.appendDouble(due);
      inv.appendDouble(amount);
      inv.appendVarchar(currency);
      inv.endRow();
    }
    inv.closeSync();
    const pay = await c.createAppender("payments");
    const prow = workbook.payments.values;
    for (let r = 1; r < prow.length; r++) {
      const [reference, client, date, amount, refs, kind, currency] = prow[r] as [string, string, number, number, string, string, string];
      pay.appendInteger(r + 1);
      pay.appendVarchar(reference);
      pay.appendVarchar(client);
      pay.appendDouble(date);
      pay.appendDouble(amount);
      pay.appendVarchar(refs);
      pay.appendVarchar(kind);
      pay.appendVarchar(currency);
      pay.endRow();
    }
    pay.closeSync();
  }

  /** Per currency × client × bucket sums of the aged balance at `asOf` (default buckets, by due date). */
  async age(asOf: string, defaultTermsDays = 30): Promise<DuckCell[]> {
    const reader = await this.connection.runAndReadAll(agingSql(asOf, defaultTermsDays));
    return reader.getRowsJS().map(([currency, client, bucket, amount]) => ({
      currency: String(currency), client: String(client), bucket: Number(bucket), amount: Number(amount),
    }));
  }

  /** How many invoices are named by more than one credit dated ≤ asOf (0 for the SQL to be exact). */
  async namedTwice(asOf: string, defaultTermsDays = 30): Promise<number> {
    const sql = `${ctes(asOf, defaultTermsDays)}
      SELECT count(*) FROM (SELECT inv_row FROM named_alloc WHERE inv_row IS NOT NULL GROUP BY inv_row HAVING count(DISTINCT seq) > 1)`;
    const reader = await this.connection.runAndReadAll(sql);
    return Number(reader.getRowsJS()[0]?.[0] ?? 0);
  }
}

const SERIAL_EPOCH = "DATE '1899-12-30'";

function ctes(asOf: string, defaultTermsDays: number): string {
  const AS_OF = `DATE '${asOf}'`;
  return `WITH
  inv AS (
    SELECT row, number, client, currency,
           ${SERIAL_EPOCH} + CAST(date_serial AS INTEGER) AS idate,
           ${SERIAL_EPOCH} + CAST(COALESCE(due_serial, date_serial + ${defaultTermsDays}) AS INTEGER) AS due,
           CAST(round(amount * 100) AS BIGINT) AS cents
    FROM invoices
  ),
  cre AS (
    SELECT row_number() OVER (ORDER BY cdate, reference, row) AS seq, *
    FROM (SELECT row, reference, client, currency, ${SERIAL_EPOCH} + CAST(date_serial AS INTEGER) AS cdate,
                 CAST(round(amount * 100) AS BIGINT) AS cents, refs
          FROM payments)
    WHERE cdate <= ${AS_OF}
  ),
  split AS (
    SELECT seq, string_split(replace(refs, ',', ';'), ';') AS parts FROM cre WHERE refs <> ''
  ),
  named AS (
    SELECT seq, trim(unnest(parts)) AS ref, unnest(range(1, len(parts) + 1)) AS pos FROM split
  ),
  named_alloc AS (
    SELECT n.seq, i.row AS inv_row, i.idate > ${AS_OF} AS future,
           GREATEST(0, LEAST(COALESCE(i.cents, 0), c.cents - COALESCE(SUM(COALESCE(i.cents, 0)) OVER (
             PARTITION BY n.seq ORDER BY n.pos ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS amt
    FROM named n
    JOIN cre c ON c.seq = n.seq
    LEFT JOIN inv i ON i.number = n.ref AND i.client = c.client AND i.currency = c.currency
    WHERE n.ref <> ''
  ),
  credit_named AS (
    SELECT seq, SUM(amt) AS named_total, SUM(CASE WHEN future THEN amt ELSE 0 END) AS advance FROM named_alloc GROUP BY seq
  ),
  inv_named AS (
    SELECT inv_row, SUM(amt) AS paid FROM named_alloc WHERE inv_row IS NOT NULL AND NOT future GROUP BY inv_row
  ),
  open_inv AS (
    SELECT i.client, i.currency, i.due, i.cents - COALESCE(p.paid, 0) AS open1,
           SUM(i.cents - COALESCE(p.paid, 0)) OVER w AS upto
    FROM inv i LEFT JOIN inv_named p ON p.inv_row = i.row
    WHERE i.idate <= ${AS_OF}
    WINDOW w AS (PARTITION BY i.client, i.currency ORDER BY i.due, i.idate, i.number, i.row ROWS UNBOUNDED PRECEDING)
  ),
  rem AS (
    SELECT c.client, c.currency, c.cdate, c.cents - COALESCE(n.named_total, 0) AS left1, COALESCE(n.advance, 0) AS advance,
           SUM(c.cents - COALESCE(n.named_total, 0)) OVER (PARTITION BY c.client, c.currency ORDER BY c.seq ROWS UNBOUNDED PRECEDING) AS upto
    FROM cre c LEFT JOIN credit_named n ON n.seq = c.seq
  ),
  acct_open AS (SELECT client, currency, SUM(open1) AS total FROM open_inv GROUP BY client, currency),
  acct_rem AS (SELECT client, currency, SUM(left1) AS total FROM rem GROUP BY client, currency),
  lines AS (
    SELECT o.client, o.currency, date_diff('day', o.due, ${AS_OF}) AS days,
           o.open1 - GREATEST(0, LEAST(o.upto, COALESCE(r.total, 0)) - (o.upto - o.open1)) AS amt
    FROM open_inv o LEFT JOIN acct_rem r ON r.client = o.client AND r.currency = o.currency
    UNION ALL
    SELECT c.client, c.currency, date_diff('day', c.cdate, ${AS_OF}) AS days,
           -(c.left1 - GREATEST(0, LEAST(c.upto, COALESCE(a.total, 0)) - (c.upto - c.left1)) + c.advance) AS amt
    FROM rem c LEFT JOIN acct_open a ON a.client = c.client AND a.currency = c.currency
  )`;
}

export function agingSql(asOf: string, defaultTermsDays = 30): string {
  return `${ctes(asOf, defaultTermsDays)}
  SELECT currency, client,
         CASE WHEN days <= 0 THEN 0 WHEN days <= 30 THEN 1 WHEN days <= 60 THEN 2 WHEN days <= 90 THEN 3 ELSE 4 END AS bucket,
         CAST(SUM(amt) AS BIGINT) AS amount
  FROM lines WHERE amt <> 0
  GROUP BY ALL HAVING SUM(amt) <> 0
  ORDER BY ALL`;
}
