import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, ROOT_LOGGER } from '@bitacora/runtime';
import type { LedgerKeys } from '../checkpoints/ledger-keys';
import { CHAIN_ID_PATTERN } from '../query/record-query.dto';
import { AUDIT_SCHEMA_NAME, LEDGER_KEYS } from '../tokens';
import { verifyStoredLedger, type StoredLedgerReport } from './verify-stored-ledger';

export class VerificationRequestDto {
  @ApiPropertyOptional({ description: 'Verifica solo esta cadena; sin ella, todo el libro. / Verify only this chain; without it, the whole ledger.', example: 'collections.interactions.v1:3' })
  @IsOptional()
  @Matches(CHAIN_ID_PATTERN, { message: 'field.chain_id' })
  chainId?: string;
}

class ProblemView {
  @ApiProperty({
    description:
      'HASH_MISMATCH, PREVIOUS_HASH_MISMATCH, SEQUENCE_GAP, SEQUENCE_OUT_OF_ORDER, CHECKPOINT_SIGNATURE_INVALID, CHECKPOINT_HEAD_MISMATCH o/or CHAIN_HEAD_MISMATCH',
  })
  kind!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Cadena del problema. / Chain at fault.' })
  chainId!: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Primer registro que no coincide. / First record that does not match.' })
  sequence!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Punto de control del problema. / Checkpoint at fault.' })
  checkpointSequence!: number | null;

  @ApiProperty({ description: 'Valor esperado (p. ej. el hash recalculado). / Expected value (e.g. the recomputed hash).' })
  expected!: string;

  @ApiProperty({ description: 'Valor encontrado (p. ej. el hash guardado). / Value found (e.g. the stored hash).' })
  found!: string;
}

class ChainSummaryView {
  @ApiProperty() chainId!: string;
  @ApiProperty() records!: number;
  @ApiProperty() headSequence!: number;
  @ApiProperty() headHash!: string;
}

export class VerificationReportView {
  @ApiProperty({ description: 'true si todo coincide. / true when everything matches.' }) ok!: boolean;
  @ApiProperty() recordsVerified!: number;
  @ApiProperty() checkpointsVerified!: number;
  @ApiProperty({ type: [ChainSummaryView] }) chains!: ChainSummaryView[];
  @ApiProperty({ type: ProblemView, nullable: true }) problem!: ProblemView | null;
  @ApiProperty({ nullable: true, type: String }) chainId!: string | null;
  @ApiProperty() verifiedAt!: string;
}

@ApiTags('verification')
@Controller('v1/ledger/verifications')
export class VerificationController {
  private readonly logger: Logger;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
    @Inject(LEDGER_KEYS) private readonly keys: LedgerKeys,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'VerificationController' });
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verificar el libro / Verify the ledger',
    description:
      'Recalcula desde la base de datos cada hash de una cadena o de todo el libro, comprueba la firma de cada punto de control y las cabezas ' +
      'firmadas, y reporta el primer registro que no coincide (secuencia, hash esperado y encontrado). La respuesta llega al terminar: para ' +
      'libros grandes, verifique por cadena o use la exportación con el verificador de línea de comandos. / Recomputes every hash of one chain ' +
      'or of the whole ledger from the database, checks every checkpoint signature and signed head, and reports the first record that does ' +
      'not match (sequence, expected and found hash). The response comes when it finishes: for large ledgers, verify per chain or use the ' +
      'export with the command-line verifier.',
  })
  @ApiOkResponse({ type: VerificationReportView })
  async verify(@Body() body: VerificationRequestDto): Promise<StoredLedgerReport> {
    const report = await verifyStoredLedger(this.dataSource, this.schema, this.keys.trustedPublicKeys, body.chainId);
    const fields = { chainId: body.chainId, recordsVerified: report.recordsVerified, checkpointsVerified: report.checkpointsVerified };
    if (report.ok) {
      this.logger.info(fields, 'ledger verified');
    } else {
      this.logger.warn({ ...fields, problem: report.problem }, 'ledger verification found a problem');
    }
    return report;
  }
}
