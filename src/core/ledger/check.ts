import { METHOD_LABELS } from "../deficitSplit";
import { Refuse } from "../messages";
import { instalmentsOf } from "./instalments";
import { Funding, isFundingStream, Ledger, lineAnnual, lineLabel } from "./model";

/** A line's money not given to any scheme or the contingency: shown, never hidden. */
export interface Unallocated {
  line: number;
  amount: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Check a ledger before any figure is worked from it, and say what is unallocated. Refuses,
 * naming the line, scheme, rule or band: a reference to nothing, an amount that is not
 * whole pence, instalments that do not add up to the contribution, a line that gives more
 * than it has, and anything that would make a funding stream bear an overspend.
 */
export function checkLedger(ledger: Ledger): Unallocated[] {
  const { partners, lines, schemes } = ledger;
  if (partners.length === 0) throw Refuse.ledgerNoPartners();
  const partner = (what: string, p: number) => {
    if (!(Number.isInteger(p) && p >= 0 && p < partners.length)) {
      throw Refuse.ledgerBadReference(what, p, partners.length, "partner");
    }
  };
  const line = (what: string, l: number) => {
    if (!(Number.isInteger(l) && l >= 0 && l < lines.length)) {
      throw Refuse.ledgerBadReference(what, l, lines.length, "contribution line");
    }
  };
  const amount = (what: string, v: number, negativeAllowed = false) => {
    if (!Number.isSafeInteger(v) || (v < 0 && !negativeAllowed))
      throw Refuse.ledgerBadAmount(what, v);
  };
  const date = (what: string, d: string) => {
    if (!ISO.test(d)) throw Refuse.badIsoDate(what, d);
  };

  partner("The host", ledger.host);
  if (isFundingStream(partners[ledger.host]))
    throw Refuse.hostIsFundingStream(partners[ledger.host].name);
  lines.forEach((l, i) => {
    partner(`Contribution line ${i + 1} (${l.source})`, l.partner);
    amount(`${lineLabel(ledger, i)}'s annual contribution`, l.annual);
    amount(`${lineLabel(ledger, i)}'s balance brought forward`, l.broughtForward ?? 0, true);
  });
  for (const v of ledger.variations ?? []) {
    line("A variation", v.line);
    date(`The variation to ${lineLabel(ledger, v.line)}`, v.date);
    amount(`The variation to ${lineLabel(ledger, v.line)}`, v.amount, true);
    if (!v.reason.trim()) throw Refuse.variationWithoutReason(lineLabel(ledger, v.line), v.date);
  }
  checkInstalments(ledger, line, date, amount);

  const fund = (what: string, f: Funding) => {
    line(what, f.line);
    amount(`${what}'s funding from ${lineLabel(ledger, f.line)}`, f.amount);
  };
  schemes.forEach((s) => {
    partner(`${s.name}'s lead commissioner`, s.commissioner);
    const c = partners[s.commissioner];
    if (isFundingStream(c)) throw Refuse.streamCommissions(s.name, c.name);
    s.funding.forEach((f) => fund(s.name, f));
  });
  for (const f of ledger.contingency ?? []) {
    fund("The contingency", f);
    const l = lines[f.line];
    const why = l.ringFenced
      ? "ring-fenced"
      : l.grant || isFundingStream(partners[l.partner])
        ? "a funding stream"
        : undefined;
    if (why && f.amount > 0)
      throw Refuse.contingencyFromProtectedLine(lineLabel(ledger, f.line), why);
  }
  checkRule(ledger);
  return lines.map((l, i) => {
    const available = (l.broughtForward ?? 0) + lineAnnual(ledger, i);
    const committed = [...schemes.flatMap((s) => s.funding), ...(ledger.contingency ?? [])]
      .filter((f) => f.line === i)
      .reduce((a, f) => a + f.amount, 0);
    if (committed > available) {
      throw Refuse.lineOvercommitted(lineLabel(ledger, i), committed, available);
    }
    return { line: i, amount: available - committed };
  });
}

function checkInstalments(
  ledger: Ledger,
  line: (what: string, l: number) => void,
  date: (what: string, d: string) => void,
  amount: (what: string, v: number) => void
): void {
  const all = instalmentsOf(ledger);
  for (const i of all) {
    line("An instalment", i.line);
    date(`An instalment on ${lineLabel(ledger, i.line)}`, i.date);
    amount(`An instalment on ${lineLabel(ledger, i.line)}`, i.amount);
  }
  ledger.lines.forEach((l, k) => {
    const paid = all.filter((i) => i.line === k).reduce((a, i) => a + i.amount, 0);
    if (paid !== l.annual) throw Refuse.instalmentsMisfit(lineLabel(ledger, k), paid, l.annual);
  });
}

/** A risk-share rule must never put part of an overspend on a funding stream. */
function checkRule(ledger: Ledger): void {
  const rule = ledger.rules.riskShare;
  const streams = ledger.partners.filter(isFundingStream);
  if (streams.length === ledger.partners.length) throw Refuse.noPartnerBearsOverspend();
  if (rule.kind === "split") {
    if (rule.method === "equal" && streams.length) {
      throw Refuse.ruleChargesStream(METHOD_LABELS.equal, streams[0].name);
    }
    if (rule.method === "host" || rule.method === "tiered") {
      const host = ledger.partners[rule.host ?? ledger.host];
      if (!host)
        throw Refuse.ledgerBadReference("The rule", rule.host!, ledger.partners.length, "partner");
      if (isFundingStream(host))
        throw Refuse.ruleChargesStream(METHOD_LABELS[rule.method], host.name);
    }
  }
  if (rule.kind === "bands") {
    rule.bands.forEach((band, b) =>
      (band.shares ?? []).forEach((share, p) => {
        if (share && isFundingStream(ledger.partners[p])) {
          throw Refuse.bandChargesStream(b, ledger.partners[p].name);
        }
      })
    );
  }
}
