import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import type { LedgerKeys } from '../checkpoints/ledger-keys';
import { computeKeyId, exportRawPublicKey } from '../ledger';
import { readChainHeads } from '../storage/chain-head-store';
import { readCheckpoints } from '../storage/checkpoint-store';
import { AUDIT_SCHEMA_NAME, LEDGER_KEYS } from '../tokens';
import { ChainHeadListView, CheckpointPageView, PublicKeyView } from './ledger-views.dto';

export class CheckpointQueryDto {
  @ApiPropertyOptional({ description: 'Devuelve los puntos de control posteriores a esta secuencia. / Return checkpoints after this sequence.', default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ description: 'Puntos de control por página (1 a 200). / Checkpoints per page (1 to 200).', default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('ledger')
@Controller('v1/ledger')
export class LedgerController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
    @Inject(LEDGER_KEYS) private readonly keys: LedgerKeys,
  ) {}

  @Get('public-key')
  @ApiOperation({
    summary: 'Clave pública de los puntos de control / Checkpoint public key',
    description:
      'Con esta clave, compliance verifica las firmas de los puntos de control sin confiar en la base de datos. ' +
      '/ With this key, compliance verifies checkpoint signatures without trusting the database.',
  })
  @ApiOkResponse({ type: PublicKeyView })
  publicKey(): PublicKeyView {
    return {
      algorithm: 'Ed25519',
      keyId: this.keys.signingKey.keyId,
      publicKey: exportRawPublicKey(this.keys.publicKey),
      publicKeyPem: this.keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      previousKeys: this.keys.trustedPublicKeys.slice(1).map((key) => ({ keyId: computeKeyId(key), publicKey: exportRawPublicKey(key) })),
    };
  }

  @Get('chains')
  @ApiOperation({ summary: 'Cabezas de las cadenas / Chain heads', description: 'Último registro de cada cadena. / Last record of each chain.' })
  @ApiOkResponse({ type: ChainHeadListView })
  async chains(): Promise<ChainHeadListView> {
    return { chains: await readChainHeads(this.dataSource.manager, this.schema) };
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'Puntos de control firmados / Signed checkpoints', description: 'En orden de secuencia. / In sequence order.' })
  @ApiOkResponse({ type: CheckpointPageView })
  async checkpoints(@Query() query: CheckpointQueryDto): Promise<CheckpointPageView> {
    const limit = query.limit ?? 50;
    const items = await readCheckpoints(this.dataSource.manager, this.schema, query.after ?? 0, limit);
    return { items, nextAfter: items.length === limit ? items[items.length - 1].checkpointSequence : null };
  }
}
