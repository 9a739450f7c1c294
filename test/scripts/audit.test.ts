import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Run scripts/audit.mjs on a saved `npm audit --json` report, as `.ci/run` runs it. */
function audit(report: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), "audit-")), "report.json");
  writeFileSync(file, JSON.stringify(report));
  const run = spawnSync(process.execPath, ["scripts/audit.mjs"], {
    encoding: "utf8",
    env: { ...process.env, AUDIT_REPORT: file },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

const counts = (high: number, critical: number, moderate = 0) => ({
  info: 0,
  low: 0,
  moderate,
  high,
  critical,
  total: high + critical + moderate,
});

describe("npm run audit", () => {
  it("fails on a high finding in what ships, naming the package", () => {
    const r = audit({
      auditReportVersion: 2,
      vulnerabilities: { "some-lib": { name: "some-lib", severity: "high", range: "<1.2.3" } },
      metadata: { vulnerabilities: counts(1, 0) },
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/high: some-lib <1\.2\.3/);
  });

  it("passes with only moderate findings, reporting the counts", () => {
    const r = audit({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: counts(0, 0, 2) },
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 critical, 0 high, 2 moderate/);
  });

  it("warns, without failing the build, when the advisory service does not answer", () => {
    const r = audit({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/AUDIT NOT RUN: .*405 Method Not Allowed/);
  });
});
