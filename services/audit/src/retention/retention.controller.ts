import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { CONFIG, DATA_SOURCE } from '@bitacora/runtime';
import type { AuditConfig } from '../config';
import { AUDIT_SCHEMA_NAME } from '../tokens';
import type { PurgeDecision } from './purge-check';
import { checkPurge, listLedgerPartitions } from './retention-check';

export class PartitionParamsDto {
  @Matches(/^ledger_records_p\d{6}$/, { message: 'field.pattern' })
  partition!: string;
}

class PurgeDecisionView {
  @ApiProperty({ example: 'ledger_records_p202603' }) partition!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'Conservar al menos hasta. / Keep at least until.' }) keepUntil!: string;
  @ApiProperty({ description: 'true solo si venció el plazo y ningún deudor con registros allí tiene retención activa. / true only when the period is over and no debtor with records there has an active hold.' })
  purgeAllowed!: boolean;
  @ApiProperty({
    description: 'RETENTION_PERIOD_NOT_OVER (keepUntil) o/or LEGAL_HOLD (debtorIds).',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  refusals!: PurgeDecision['refusals'];
}

class RetentionView {
  @ApiProperty({ description: 'Años de conservación (Ley 962 de 2005, art. 28). / Retention years (Ley 962 de 2005, art. 28).', example: 10 })
  retentionYears!: number;

  @ApiProperty({ type: [PurgeDecisionView] })
  partitions!: PurgeDecisionView[];
}

@ApiTags('retention')
@Controller('v1/ledger/retention')
export class RetentionController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
    @Inject(CONFIG) private readonly config: AuditConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Estado de conservación por partición / Retention state per partition',
    description:
      'El servicio nunca borra registros. Purgar una partición vencida es una operación del rol dueño del esquema, que primero debe consultar ' +
      'esta verificación. / The service never deletes records. Purging an expired partition is an operation of the schema owner role, which ' +
      'must consult this check first.',
  })
  @ApiOkResponse({ type: RetentionView })
  async retention(): Promise<RetentionView> {
    const years = this.config.AUDIT_RETENTION_YEARS;
    const partitions = await listLedgerPartitions(this.dataSource, this.schema);
    const decisions: PurgeDecision[] = [];
    for (const partition of partitions) {
      decisions.push(await checkPurge(this.dataSource, this.schema, partition, years));
    }
    return { retentionYears: years, partitions: decisions };
  }

  @Get('partitions/:partition/purge-check')
  @ApiOperation({
    summary: 'Verificar si una partición puede purgarse / Check whether a partition may be purged',
    description: 'Rechaza la purga antes del plazo o mientras exista una retención legal. / Refuses the purge before the period ends or while a legal hold exists.',
  })
  @ApiOkResponse({ type: PurgeDecisionView })
  @ApiNotFoundResponse({ description: 'No existe la partición. / Partition not found.' })
  async purgeCheck(@Param() params: PartitionParamsDto): Promise<PurgeDecision> {
    const partitions = await listLedgerPartitions(this.dataSource, this.schema);
    const partition = partitions.find((candidate) => candidate.name === params.partition);
    if (partition === undefined) {
      throw notFound('audit.partition_not_found', { partition: params.partition });
    }
    return checkPurge(this.dataSource, this.schema, partition, this.config.AUDIT_RETENTION_YEARS);
  }
}
