import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { bilingual } from '../../openapi/bilingual';
import { IsBankId } from './validators';

/** A hash chain of the ledger: `<topic>:<partition>`. */
const CHAIN_ID = /^[A-Za-z0-9._-]{1,249}:(0|[1-9][0-9]{0,9})$/;
/** ISO 8601 date-time with a zone; seconds may be left out. */
const LEDGER_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class LedgerRecordQueryDto {
  @ApiPropertyOptional({ description: bilingual('Solo registros de este deudor.', 'Only records of this debtor.'), example: 'CC-1020304050' })
  @IsOptional()
  @IsBankId()
  debtorId?: string;

  @ApiPropertyOptional({ description: bilingual('Solo registros de esta obligación.', 'Only records of this account.'), example: 'CRED-0042-7781' })
  @IsOptional()
  @IsBankId()
  accountId?: string;

  @ApiPropertyOptional({ description: bilingual('Quién causó el evento, como tipo:id.', 'Who caused the event, as kind:id.'), example: 'agent:ag-17', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: bilingual('Tipo CloudEvents del evento.', 'CloudEvents type of the event.'), example: 'co.collections.interaction.recorded.v1', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  eventType?: string;

  @ApiPropertyOptional({ description: bilingual('Cadena <tópico>:<partición>.', 'Chain <topic>:<partition>.'), example: 'collections.interactions.v1:3' })
  @IsOptional()
  @Matches(CHAIN_ID, { message: 'field.chain_id' })
  chainId?: string;

  @ApiPropertyOptional({ description: bilingual('Sellados desde este instante, incluido.', 'Sealed at or after this instant.'), example: '2026-03-01T00:00:00-05:00' })
  @IsOptional()
  @Matches(LEDGER_INSTANT, { message: 'field.instant' })
  from?: string;

  @ApiPropertyOptional({ description: bilingual('Sellados antes de este instante.', 'Sealed before this instant.'), example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @Matches(LEDGER_INSTANT, { message: 'field.instant' })
  to?: string;

  @ApiPropertyOptional({ description: bilingual('nextCursor de la página anterior, sin cambios.', 'nextCursor of the previous page, unchanged.'), maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: bilingual('Registros por página, de 1 a 500.', 'Records per page, 1 to 500.'), example: 100, type: 'integer', minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class LedgerRecordDto {
  @ApiProperty({ description: bilingual('Cadena <tópico>:<partición>.', 'Chain <topic>:<partition>.'), example: 'collections.interactions.v1:3' }) chainId!: string;
  @ApiProperty({ description: bilingual('Posición en la cadena, desde 1 y sin huecos.', 'Position in the chain, from 1 without gaps.'), example: 42 }) sequence!: number;
  @ApiProperty({ description: bilingual('Id del evento.', 'Event id.'), example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11' }) eventId!: string;
  @ApiProperty({ description: bilingual('Tipo del evento.', 'Event type.'), example: 'co.collections.interaction.recorded.v1' }) eventType!: string;
  @ApiProperty({ description: bilingual('Origen del evento.', 'Event source.'), example: '/services/interactions' }) source!: string;
  @ApiProperty({ type: String, nullable: true, description: bilingual('Quién causó el evento.', 'Who caused the event.'), example: 'agent:ag-17' }) actor!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CC-1020304050' }) debtorId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CRED-0042-7781' }) accountId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: bilingual('Atributo time del evento tal como llegó.', 'The event time attribute as published.') }) eventTime!: string | null;
  @ApiProperty({ description: bilingual('Instante UTC en que el libro selló el registro.', 'UTC instant the ledger sealed the record.'), example: '2026-03-10T15:34:06.004Z' }) recordedAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: bilingual('El evento CloudEvents completo.', 'The whole CloudEvent.') }) payload!: Record<string, unknown>;
  @ApiProperty({ description: bilingual('Hash SHA-256 (hex) del registro anterior de la cadena.', 'SHA-256 hash (hex) of the previous record of the chain.') }) previousHash!: string;
  @ApiProperty({ description: bilingual('SHA-256 del hash anterior y del JSON canónico RFC 8785 de los demás campos, en hex.', 'SHA-256 of the previous hash and the RFC 8785 canonical JSON of the other fields, in hex.') }) hash!: string;
  @ApiProperty({ description: bilingual('El tipo no está en el catálogo; el evento se registró igual.', 'The type is not in the catalog; the event was recorded all the same.') }) unknownType!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: bilingual('Por qué un tipo conocido no cumplió su esquema.', 'Why a known type failed its schema.') }) schemaProblem!: string | null;
}

export class LedgerRecordPageDto {
  @ApiProperty({ type: [LedgerRecordDto] }) items!: LedgerRecordDto[];
  @ApiProperty({ type: String, nullable: true, description: bilingual('Cursor de la página siguiente; null en la última.', 'Cursor of the next page; null on the last one.') }) nextCursor!: string | null;
}

export class DebtorExportQueryDto {
  @ApiPropertyOptional({ description: bilingual('jsonl (predeterminado) o csv.', 'jsonl (default) or csv.'), enum: ['jsonl', 'csv'], example: 'jsonl' })
  @IsOptional()
  @IsIn(['jsonl', 'csv'])
  format?: 'jsonl' | 'csv';
}

export class VerificationRequestDto {
  @ApiPropertyOptional({ description: bilingual('Verifica solo esta cadena; sin ella, todo el libro.', 'Verify only this chain; without it, the whole ledger.'), example: 'collections.interactions.v1:3' })
  @IsOptional()
  @Matches(CHAIN_ID, { message: 'field.chain_id' })
  chainId?: string;
}

export class LedgerProblemDto {
  @ApiProperty({ description: bilingual('Clase de problema.', 'Kind of problem.'), example: 'HASH_MISMATCH' }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) chainId!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: bilingual('Primer registro que no coincide.', 'First record that does not match.') }) sequence!: number | null;
  @ApiProperty({ type: Number, nullable: true }) checkpointSequence!: number | null;
  @ApiProperty({ description: bilingual('Valor esperado, por ejemplo el hash recalculado.', 'Expected value, for example the recomputed hash.') }) expected!: string;
  @ApiProperty({ description: bilingual('Valor encontrado, por ejemplo el hash guardado.', 'Value found, for example the stored hash.') }) found!: string;
}

export class ChainSummaryDto {
  @ApiProperty({ example: 'collections.interactions.v1:3' }) chainId!: string;
  @ApiProperty({ example: 42 }) records!: number;
  @ApiProperty({ example: 42 }) headSequence!: number;
  @ApiProperty() headHash!: string;
}

export class VerificationReportDto {
  @ApiProperty({ description: bilingual('true si todo coincide.', 'true when everything matches.') }) ok!: boolean;
  @ApiProperty() recordsVerified!: number;
  @ApiProperty() checkpointsVerified!: number;
  @ApiProperty({ type: [ChainSummaryDto] }) chains!: ChainSummaryDto[];
  @ApiProperty({ type: LedgerProblemDto, nullable: true, description: bilingual('El primer problema, o null.', 'The first problem, or null.') }) problem!: LedgerProblemDto | null;
  @ApiProperty({ type: String, nullable: true }) chainId!: string | null;
  @ApiProperty({ example: '2026-03-10T15:40:00.000Z' }) verifiedAt!: string;
}

export class PreviousKeyDto {
  @ApiProperty() keyId!: string;
  @ApiProperty() publicKey!: string;
}

export class LedgerPublicKeyDto {
  @ApiProperty({ description: bilingual('Algoritmo de firma.', 'Signature algorithm.'), example: 'Ed25519' }) algorithm!: string;
  @ApiProperty({ description: bilingual('Huella RFC 7638 de la clave; los puntos de control la llevan en keyId.', 'RFC 7638 thumbprint of the key; checkpoints carry it as keyId.') }) keyId!: string;
  @ApiProperty({ description: bilingual('Clave pública en base64 (32 bytes).', 'Public key in base64 (32 bytes).') }) publicKey!: string;
  @ApiProperty({ description: bilingual('Clave pública en PEM (SPKI).', 'Public key as PEM (SPKI).') }) publicKeyPem!: string;
  @ApiProperty({ type: [PreviousKeyDto], description: bilingual('Claves anteriores cuyos puntos de control siguen siendo válidos.', 'Earlier keys whose checkpoints remain valid.') }) previousKeys!: PreviousKeyDto[];
}

export class ChainHeadDto {
  @ApiProperty({ example: 'collections.interactions.v1:3' }) chainId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty() hash!: string;
  @ApiProperty() recordedAt!: string;
}

export class ChainHeadListDto {
  @ApiProperty({ type: [ChainHeadDto] }) chains!: ChainHeadDto[];
}

export class CheckpointQueryDto {
  @ApiPropertyOptional({ description: bilingual('Puntos de control posteriores a esta secuencia.', 'Checkpoints after this sequence.'), example: 0, type: 'integer', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ description: bilingual('Puntos de control por página, de 1 a 200.', 'Checkpoints per page, 1 to 200.'), example: 50, type: 'integer', minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class CheckpointHeadDto {
  @ApiProperty() chainId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty() hash!: string;
}

export class CheckpointDto {
  @ApiProperty() checkpointSequence!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ type: [CheckpointHeadDto] }) heads!: CheckpointHeadDto[];
  @ApiProperty({ description: bilingual('Firma Ed25519 en base64 sobre el JSON canónico RFC 8785 de los demás campos.', 'Ed25519 signature in base64 over the RFC 8785 canonical JSON of the other fields.') }) signature!: string;
}

export class CheckpointPageDto {
  @ApiProperty({ type: [CheckpointDto] }) items!: CheckpointDto[];
  @ApiProperty({ type: Number, nullable: true, description: bilingual('Valor de after para la página siguiente, o null.', 'Value of after for the next page, or null.') }) nextAfter!: number | null;
}
