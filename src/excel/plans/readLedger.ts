import {
  BANDS_LABEL,
  BODY_TYPES,
  fromSerial,
  METHOD_LABELS,
  Power,
  POWER_NAMES,
  RiskBand,
  SPLIT_METHODS,
  toPence,
} from "../../core";
import { colLetter } from "../../core/a1";
import {
  COMMISSIONER_RULE,
  Draw,
  DRAW_WORDS,
  Funding,
  Instalment,
  Ledger,
  periodEnd,
  PeriodFigures,
  RiskShareRule,
  TREATMENT_WORDS,
  UnderspendTreatment,
  Variation,
} from "../../core/ledger";
import { SheetSnapshot, WorkbookError } from "../types";
import { amount, cellOf, rowsOf, text } from "./snapshotCells";

/** What a Ledger sheet says: the pool as its agreement keeps the money, and the period's figures. */
export interface LedgerRead {
  ledger: Ledger;
  period: string;
  /** The period cell, where it now is: where the pane writes a new period. */
  periodCell: string;
  figures: PeriodFigures;
  /** Where the period's figures are typed, as the names now place them. */
  cells: {
    /** Each line's received to date. */
    received: string[];
    /** Each scheme's spending; its income is the next cell to the right. */
    spend: string[];
    /** Each scheme's over/(under) budget at the last period, kept when the period moves on. */
    lastVariance: string[];
  };
}

const PARTS = [
  "Ledger_Settings",
  "Ledger_Partners",
  "Ledger_Lines",
  "Ledger_Instalments",
  "Ledger_Variations",
  "Ledger_Schemes",
  "Ledger_Contingency",
];

const iso = (serial: number) => {
  const { year, month, day } = fromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

const pence = (pounds: number | null, what: string) =>
  pounds === null ? 0 : toPence(pounds, what);

/** The words of a treatment drop-down back to the treatment; anything else keeps the default. */
const treatmentOf = (words: string): UnderspendTreatment =>
  words === TREATMENT_WORDS.return ? "return" : "carry forward";

/**
 * Read a Ledger sheet the add-in wrote back into the pool's ledger and the period's figures,
 * each part found by the defined name written with it (Excel moves the names with inserted
 * rows and keeps them through a renamed sheet). What the host has changed on the sheet
 * (amounts, dates, funding, the rule) is read as it now stands.
 */
export function readLedgerSheet(s: SheetSnapshot): LedgerRead {
  const names = s.names ?? {};
  const missing = PARTS.filter((k) => !names[k]);
  if (missing.length) {
    throw new WorkbookError(
      `"${s.sheet}" is not a Ledger sheet written by the add-in (it has no ${missing[0].replace("Ledger_", "").toLowerCase()} table where one would be named).`
    );
  }
  // An amount from a cell, in pence; a figure that is not whole pence is refused by its cell.
  const money = (at: string) => pence(amount(s, at), `amount in ${at} on "${s.sheet}"`);
  const rows = (name: string) => {
    const { first, count } = rowsOf(names[name]);
    return Array.from({ length: count }, (_, k) => first + k);
  };
  const settings = rows("Ledger_Settings");
  if (settings.length !== 9) {
    throw new WorkbookError(
      `Rows have been inserted or deleted inside the settings on "${s.sheet}"; undo the change, then try again.`
    );
  }
  const [yearRow, periodRow, , hostRow, ruleRow, thresholdRow, orderRow, ringRow, otherRow] =
    settings;
  const year = text(s, `B${yearRow}`);
  const period = text(s, `B${periodRow}`);

  const partnerRows = rows("Ledger_Partners");
  const partners = partnerRows.map((r) => ({
    name: text(s, `A${r}`),
    bodyType: BODY_TYPES.find((b) => b.label === text(s, `B${r}`))?.value,
    cap: amount(s, `D${r}`),
  }));
  const partnerAt = (name: string, what: string) => {
    const i = partners.findIndex((p) => p.name.toLowerCase() === name.toLowerCase());
    if (i < 0)
      throw new WorkbookError(`${what} names “${name}”, which is not a partner on "${s.sheet}".`);
    return i;
  };

  const lineRows = rows("Ledger_Lines");
  const lines = lineRows.map((r) => {
    const broughtForward = money(`F${r}`);
    return {
      partner: partnerAt(text(s, `B${r}`), `Line ${text(s, `A${r}`)}`),
      source: text(s, `C${r}`),
      ...(text(s, `D${r}`) === "Yes" ? { grant: true } : {}),
      ...(text(s, `E${r}`) === "Yes" ? { ringFenced: true } : {}),
      annual: money(`G${r}`),
      ...(broughtForward ? { broughtForward } : {}),
    };
  });
  const m = lines.length;
  const labels = lineRows.map((r) => text(s, `A${r}`).toLowerCase());
  const received = lineRows.map((r) => money(`K${r}`));

  // The instalments' heading row holds the dates; a row per line the amounts.
  const [dateRow, ...instalmentRows] = rows("Ledger_Instalments");
  const dates = ["B", "C", "D", "E"].map((c) => cellOf(s, `${c}${dateRow}`).value);
  const instalments: Instalment[] = instalmentRows.flatMap((r, line) =>
    ["B", "C", "D", "E"].flatMap((c, q) => {
      const due = dates[q];
      const paid = amount(s, `${c}${r}`);
      // A date with nothing due on this line is no instalment of it.
      return typeof due === "number" && paid
        ? [{ line, date: iso(due), amount: money(`${c}${r}`) }]
        : [];
    })
  );

  const variations: Variation[] = rows("Ledger_Variations").flatMap((r) => {
    const when = cellOf(s, `A${r}`).value;
    const line = labels.indexOf(text(s, `B${r}`).toLowerCase());
    const more = amount(s, `C${r}`);
    if (typeof when !== "number" || line < 0 || more === null) return [];
    return [{ line, date: iso(when), amount: money(`C${r}`), reason: text(s, `D${r}`) }];
  });

  const fundingIn = (r: number): Funding[] =>
    Array.from({ length: m }, (_, i) => ({
      line: i,
      amount: money(`${colLetter(3 + i)}${r}`),
    })).filter((f) => f.amount !== 0);
  const spendCol = colLetter(3 + m + 1);
  const incomeCol = colLetter(3 + m + 2);
  // A row inserted in the table and left blank is no scheme.
  const schemeRows = rows("Ledger_Schemes").filter((r) => text(s, `A${r}`) !== "");
  const schemes = schemeRows.map((r) => ({
    name: text(s, `A${r}`),
    commissioner: partnerAt(text(s, `B${r}`), `Scheme “${text(s, `A${r}`)}”`),
    funding: fundingIn(r),
  }));
  const spend = schemeRows.map((r) => {
    const v = amount(s, `${spendCol}${r}`);
    return v === null ? null : money(`${spendCol}${r}`);
  });
  const income = schemeRows.map((r) => money(`${incomeCol}${r}`));

  const host = partnerAt(text(s, `B${hostRow}`), "The host");
  const order = text(s, `B${orderRow}`).toLowerCase();
  const draws = (Object.keys(DRAW_WORDS) as Draw[])
    .filter((d) => order.includes(DRAW_WORDS[d].toLowerCase()))
    .sort(
      (a, b) =>
        order.indexOf(DRAW_WORDS[a].toLowerCase()) - order.indexOf(DRAW_WORDS[b].toLowerCase())
    );

  const ledger: Ledger = {
    name: ledgerName(s),
    ...powerOf(s),
    year,
    partners: partners.map((p) => ({
      name: p.name,
      ...(p.bodyType ? { bodyType: p.bodyType } : {}),
    })),
    host,
    lines,
    instalments,
    variations,
    schemes,
    contingency: fundingIn(rowsOf(names.Ledger_Contingency).first),
    rules: {
      draws,
      riskShare: ruleOf(s, text(s, `B${ruleRow}`), {
        host,
        threshold: money(`B${thresholdRow}`),
        caps: partnerRows.map((r, i) => (partners[i].cap === null ? null : money(`D${r}`))),
        bands: names.Ledger_Bands ? bandsOf(s, names.Ledger_Bands, partners.length) : [],
      }),
      ringFenced: treatmentOf(text(s, `B${ringRow}`)),
      other: treatmentOf(text(s, `B${otherRow}`)),
    },
  };
  const figures: PeriodFigures = {
    asAt: periodEnd(year, period),
    final: period.toLowerCase() === "year end",
    spend,
    income,
    received,
  };
  const cells = {
    received: lineRows.map((r) => `K${r}`),
    spend: schemeRows.map((r) => `${spendCol}${r}`),
    lastVariance: schemeRows.map((r) => `${colLetter(3 + m + 8)}${r}`),
  };
  return { ledger, period, periodCell: `B${periodRow}`, figures, cells };
}

/** The pool's name, from the title the plan wrote: ="Pool ledger: NAME, "&$B$4&… */
function ledgerName(s: SheetSnapshot): string {
  const title = String(cellOf(s, "A1").formula ?? "");
  return /^="Pool ledger: ((?:[^"]|"")*), "&/.exec(title)?.[1]?.replace(/""/g, '"') ?? s.sheet;
}

/** The legal basis, from the note under the title, where the plan wrote one. */
function powerOf(s: SheetSnapshot): { power?: Power } {
  const note = text(s, "A2");
  const power = (Object.keys(POWER_NAMES) as Power[]).find((k) =>
    note.includes(`Legal basis: ${POWER_NAMES[k]}.`)
  );
  return power ? { power } : {};
}

function bandsOf(s: SheetSnapshot, range: string, n: number): RiskBand[] {
  const { first, count } = rowsOf(range);
  return Array.from({ length: count }, (_, k) => {
    const r = first + k;
    const shares = Array.from({ length: n }, (_, i) => amount(s, `${colLetter(2 + i)}${r}`));
    return { size: amount(s, `A${r}`), shares: shares.every((x) => x === null) ? null : shares };
  });
}

/** The rule cell's words back to the rule what the draws leave falls under. */
function ruleOf(
  s: SheetSnapshot,
  words: string,
  given: { host: number; threshold: number; caps: (number | null)[]; bands: RiskBand[] }
): RiskShareRule {
  if (words === COMMISSIONER_RULE) return { kind: "commissioner" };
  if (words === BANDS_LABEL) return { kind: "bands", bands: given.bands };
  const method = SPLIT_METHODS.find((k) => METHOD_LABELS[k] === words);
  if (!method) {
    throw new WorkbookError(
      `The rule on "${s.sheet}" (“${words}”) is not one the add-in knows; choose one from the cell's drop-down.`
    );
  }
  return {
    kind: "split",
    method,
    ...(method === "host" || method === "tiered" ? { host: given.host } : {}),
    ...(method === "tiered" ? { threshold: given.threshold } : {}),
    ...(method === "capped" ? { caps: given.caps } : {}),
  };
}
