import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, ROOT_LOGGER } from '@bitacora/runtime';
import { CHAIN_ID_PATTERN } from '../query/record-query.dto';
import { DEBTOR_ID_PATTERN } from '../retention/legal-hold.dto';
import { AUDIT_SCHEMA_NAME } from '../tokens';
import { EXPORT_CONTENT_TYPES, exportWriterOf, type ExportFormat } from './export-lines';
import { exportDebtorHistory, exportLedger } from './ledger-export';

export class ExportFormatDto {
  @ApiPropertyOptional({ description: 'jsonl (por defecto) o csv. / jsonl (default) or csv.', enum: ['jsonl', 'csv'], default: 'jsonl' })
  @IsOptional()
  @IsIn(['jsonl', 'csv'], { message: 'field.export_format' })
  format?: ExportFormat;
}

export class LedgerExportQueryDto extends ExportFormatDto {
  @ApiPropertyOptional({ description: 'Solo esta cadena. / Only this chain.', example: 'collections.interactions.v1:3' })
  @IsOptional()
  @Matches(CHAIN_ID_PATTERN, { message: 'field.chain_id' })
  chainId?: string;
}

export class DebtorParamsDto {
  @Matches(DEBTOR_ID_PATTERN, { message: 'field.pattern' })
  debtorId!: string;
}

@ApiTags('export')
@Controller('v1/ledger')
export class ExportController {
  private readonly logger: Logger;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'ExportController' });
  }

  @Get('debtors/:debtorId/export')
  @ApiOperation({
    summary: 'Exportar la historia de un deudor / Export a debtor history',
    description:
      'Toda la historia del deudor en orden, con las pruebas de cadena: cada registro con su hash anterior y su hash, precedidos por los puntos de ' +
      'control firmados que los cubren. Para una PQR o un requerimiento del regulador. Se transmite por partes. ' +
      '/ The debtor\'s whole history in order, with chain proofs: each record with its previous hash and hash, preceded by the signed checkpoints ' +
      'that cover them. For a complaint (PQR) or a regulator\'s request. Streamed.',
  })
  @ApiParam({ name: 'debtorId', example: 'CC-1020304050' })
  @ApiProduces(EXPORT_CONTENT_TYPES.jsonl, EXPORT_CONTENT_TYPES.csv)
  exportDebtor(@Param() params: DebtorParamsDto, @Query() query: ExportFormatDto): StreamableFile {
    const format = query.format ?? 'jsonl';
    const lines = exportDebtorHistory(this.dataSource, this.schema, params.debtorId, exportWriterOf(format));
    return this.stream(lines, format, `ledger-debtor-${params.debtorId.replace(/[^A-Za-z0-9._-]/g, '_')}`, { debtorId: params.debtorId });
  }

  @Get('export')
  @ApiOperation({
    summary: 'Exportar cadenas completas / Export whole chains',
    description:
      'Todos los puntos de control y luego cada cadena completa (o solo chainId), en orden de secuencia: la entrada del verificador de línea de ' +
      'comandos. / Every checkpoint, then each whole chain (or only chainId) in sequence order: the input of the command-line verifier.',
  })
  @ApiProduces(EXPORT_CONTENT_TYPES.jsonl, EXPORT_CONTENT_TYPES.csv)
  exportChains(@Query() query: LedgerExportQueryDto): StreamableFile {
    const format = query.format ?? 'jsonl';
    const lines = exportLedger(this.dataSource, this.schema, query.chainId, exportWriterOf(format));
    return this.stream(lines, format, query.chainId === undefined ? 'ledger' : `ledger-${query.chainId.replace(/[^A-Za-z0-9._-]/g, '_')}`, { chainId: query.chainId });
  }

  private stream(lines: AsyncGenerator<string>, format: ExportFormat, baseName: string, ids: Record<string, string | undefined>): StreamableFile {
    return new StreamableFile(Readable.from(this.logged(lines, { ...ids, format }), { objectMode: false }), {
      type: EXPORT_CONTENT_TYPES[format],
      disposition: `attachment; filename="${baseName}.${format}"`,
    });
  }

  /** Logs a failure in the middle of an export; the response has begun, so it can only be cut short. */
  private async *logged(lines: AsyncGenerator<string>, ids: Record<string, string | undefined>): AsyncGenerator<string> {
    try {
      yield* lines;
    } catch (error) {
      this.logger.error({ err: error, ...ids }, 'ledger export failed while streaming; the download is incomplete');
      throw error;
    }
  }
}
