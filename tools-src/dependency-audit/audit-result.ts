/** Severities that fail the dependency audit of production packages. */
export const BLOCKING_SEVERITIES = ['high', 'critical'] as const;

/** Outcome of one `npm audit --json` run, decided from its output alone. */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string };

interface NpmAuditReport {
  message?: string;
  error?: { summary?: string; detail?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
}

/**
 * Reads the JSON that `npm audit --json` printed. A registry without the advisory endpoint (an
 * offline mirror returns 405) yields `unavailable`, never `clean`, so the caller decides whether
 * an unchecked audit may pass.
 */
export function judgeAuditOutput(stdout: string): AuditVerdict {
  let report: NpmAuditReport;
  try {
    report = JSON.parse(stdout) as NpmAuditReport;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON report: ${stdout.slice(0, 200).trim() || '(empty)'}` };
  }

  const counts = report.metadata?.vulnerabilities;
  if (counts === undefined) {
    const reason = report.error?.summary || report.message || 'npm audit returned no vulnerability counts';
    return { kind: 'unavailable', reason };
  }

  const blocking = BLOCKING_SEVERITIES.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
  if (blocking === 0) {
    return { kind: 'clean', counts };
  }
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, entry]) => (BLOCKING_SEVERITIES as readonly string[]).includes(entry.severity ?? ''))
    .map(([name, entry]) => `${name} (${entry.severity})`);
  return { kind: 'findings', counts, packages };
}
