// Dependency audit of production packages for CI: fails on any high or critical advisory. When
// the registry offers no advisory endpoint, it fails only with BITACORA_REQUIRE_AUDIT=1.
// Usage: npm run audit:deps
import { spawnSync } from 'node:child_process';
import { judgeAuditOutput } from './audit-result';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const verdict = judgeAuditOutput(run.stdout ?? '');

switch (verdict.kind) {
  case 'clean':
    console.log(`auditoría de dependencias: sin hallazgos altos ni críticos / dependency audit: no high or critical findings ${JSON.stringify(verdict.counts)}`);
    process.exit(0);
    break;
  case 'findings':
    console.error(`auditoría de dependencias: hallazgos altos o críticos / dependency audit: high or critical findings in ${verdict.packages.join(', ')}`);
    console.error('actualice esas dependencias y ejecute npm audit / update those dependencies and run npm audit for details');
    process.exit(1);
    break;
  case 'unavailable': {
    const required = process.env.BITACORA_REQUIRE_AUDIT === '1';
    const stream = required ? console.error : console.warn;
    stream(`auditoría de dependencias no verificada / dependency audit not checked: ${verdict.reason}`);
    stream('el registro npm no ofrece el servicio de avisos de seguridad / the npm registry offers no advisory endpoint');
    process.exit(required ? 1 : 0);
  }
}
