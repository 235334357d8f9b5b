import { judgeAuditOutput } from './audit-result';

describe('judgeAuditOutput', () => {
  it('passes a report without high or critical findings', () => {
    const report = { metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 } } };

    expect(judgeAuditOutput(JSON.stringify(report))).toEqual({ kind: 'clean', counts: report.metadata.vulnerabilities });
  });

  it('fails high and critical findings', () => {
    const report = {
      vulnerabilities: { 'left-pad': { severity: 'critical' }, lodash: { severity: 'high' }, minimist: { severity: 'low' } },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 1, total: 3 } },
    };

    const verdict = judgeAuditOutput(JSON.stringify(report));

    expect(verdict).toMatchObject({ kind: 'findings', packages: ['left-pad (critical)', 'lodash (high)'] });
  });

  it('reports a missing advisory endpoint', () => {
    const report = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', method: 'POST' };

    expect(judgeAuditOutput(JSON.stringify(report))).toEqual({ kind: 'unavailable', reason: report.message });
  });

  it('reports output that is not JSON', () => {
    expect(judgeAuditOutput('npm error network').kind).toBe('unavailable');
  });
});
