import type { LedgerProblem, LedgerProblemKind, LedgerVerificationReport } from '../ledger';
import type { MalformedExportLineError } from './ledger-export-file';

// Text that people read: Spanish (es-CO) first, English second.

const PROBLEM_DESCRIPTIONS: Record<LedgerProblemKind, string> = {
  HASH_MISMATCH:
    'El hash recalculado no coincide con el almacenado: el registro fue modificado / ' +
    'The recomputed hash differs from the stored one: the record was modified',
  PREVIOUS_HASH_MISMATCH:
    'El hash anterior almacenado no coincide con el hash del registro previo: un registro anterior fue modificado o reemplazado / ' +
    'The stored previous hash differs from the hash of the preceding record: an earlier record was modified or replaced',
  SEQUENCE_GAP:
    'Falta la secuencia esperada: se borraron registros / ' + 'The expected sequence is missing: records were deleted',
  SEQUENCE_OUT_OF_ORDER:
    'La secuencia aparece fuera de orden o repetida: se movieron o duplicaron registros / ' +
    'The sequence appears out of order or repeated: records were moved or duplicated',
  CHECKPOINT_SIGNATURE_INVALID:
    'La firma del punto de control no es válida: el punto de control fue falsificado o alterado / ' +
    'The checkpoint signature is invalid: the checkpoint was forged or altered',
  CHECKPOINT_HEAD_MISMATCH:
    'La cadena recalculada no coincide con la cabeza firmada en el punto de control: la cadena fue reescrita o truncada / ' +
    'The recomputed chain differs from the head signed in the checkpoint: the chain was rewritten or truncated',
};

export function progressMessage(recordsVerified: number): string {
  return `Verificados ${recordsVerified} registros / Verified ${recordsVerified} records`;
}

export function validReportLines(report: LedgerVerificationReport): string[] {
  const lines = [
    'Libro de auditoría válido / Audit ledger valid',
    `Registros verificados / Records verified: ${report.recordsVerified}`,
    `Puntos de control verificados / Checkpoints verified: ${report.checkpointsVerified}`,
    ...chainLines(report),
  ];

  if (report.checkpointsVerified === 0) {
    lines.push(
      'Aviso: sin puntos de control no se puede detectar el borrado de los últimos registros de una cadena / ' +
        "Warning: without checkpoints, deleting a chain's last records cannot be detected",
    );
  }
  return lines;
}

export function invalidReportLines(report: LedgerVerificationReport, problem: LedgerProblem): string[] {
  const lines = [
    'Libro de auditoría NO válido / Audit ledger NOT valid',
    `Primer problema / First problem: ${problem.kind}`,
    `  ${PROBLEM_DESCRIPTIONS[problem.kind]}`,
  ];

  if (problem.chainId !== null) {
    lines.push(`  Cadena / Chain: ${problem.chainId}`);
  }
  if (problem.sequence !== null) {
    lines.push(`  Secuencia / Sequence: ${problem.sequence}`);
  }
  if (problem.checkpointSequence !== null) {
    lines.push(`  Punto de control / Checkpoint: ${problem.checkpointSequence}`);
  }
  lines.push(
    `  Esperado / Expected: ${problem.expected}`,
    `  Encontrado / Found: ${problem.found}`,
    `Registros verificados antes del problema / Records verified before the problem: ${report.recordsVerified}`,
  );
  return lines;
}

export function malformedLineLines(error: MalformedExportLineError): string[] {
  const field = error.field === '' ? '' : `, campo "${error.field}"`;
  const fieldEnglish = error.field === '' ? '' : `, field "${error.field}"`;
  return [
    'Libro de auditoría NO válido / Audit ledger NOT valid',
    `Línea ${error.lineNumber} mal formada${field} / Malformed line ${error.lineNumber}${fieldEnglish}: ${error.reason}`,
  ];
}

function chainLines(report: LedgerVerificationReport): string[] {
  return report.chains.map(
    (chain) =>
      `  ${chain.chainId}: ${chain.records} registros / records, cabeza / head ${chain.headSequence} ${chain.headHash}`,
  );
}
