import { ApiProperty } from '@nestjs/swagger';

export class PublicKeyView {
  @ApiProperty({ description: 'Algoritmo de firma. / Signature algorithm.', example: 'Ed25519' })
  algorithm!: 'Ed25519';

  @ApiProperty({ description: 'Huella RFC 7638 (SHA-256, base64url) de la clave; los puntos de control la llevan en keyId. / RFC 7638 thumbprint; checkpoints carry it as keyId.' })
  keyId!: string;

  @ApiProperty({ description: 'Clave pública en base64 (32 bytes crudos). / Public key in base64 (raw 32 bytes).' })
  publicKey!: string;

  @ApiProperty({ description: 'Clave pública en PEM (SPKI). / Public key as PEM (SPKI).' })
  publicKeyPem!: string;

  @ApiProperty({
    description: 'Claves anteriores cuyos puntos de control siguen siendo válidos. / Earlier keys whose checkpoints remain valid.',
    type: 'array',
    items: { type: 'object', properties: { keyId: { type: 'string' }, publicKey: { type: 'string' } } },
  })
  previousKeys!: { keyId: string; publicKey: string }[];
}

export class ChainHeadView {
  @ApiProperty({ example: 'collections.interactions.v1:3' })
  chainId!: string;

  @ApiProperty({ description: 'Secuencia del último registro. / Sequence of the last record.' })
  sequence!: number;

  @ApiProperty({ description: 'Hash del último registro. / Hash of the last record.' })
  hash!: string;

  @ApiProperty({ description: 'Instante del último registro. / Instant of the last record.' })
  recordedAt!: string;
}

export class ChainHeadListView {
  @ApiProperty({ type: [ChainHeadView] })
  chains!: ChainHeadView[];
}

export class CheckpointHeadView {
  @ApiProperty() chainId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty() hash!: string;
}

export class CheckpointView {
  @ApiProperty({ description: 'Posición del punto de control, desde 1. / Checkpoint position, from 1.' })
  checkpointSequence!: number;

  @ApiProperty({ description: 'Instante UTC de la firma. / UTC instant of signing.' })
  createdAt!: string;

  @ApiProperty({ description: 'Id de la clave que firmó. / Id of the signing key.' })
  keyId!: string;

  @ApiProperty({ type: [CheckpointHeadView] })
  heads!: CheckpointHeadView[];

  @ApiProperty({ description: 'Firma Ed25519 en base64 sobre el JSON canónico RFC 8785 de los demás campos. / Ed25519 signature in base64 over the RFC 8785 JSON of the other fields.' })
  signature!: string;
}

export class CheckpointPageView {
  @ApiProperty({ type: [CheckpointView] })
  items!: CheckpointView[];

  @ApiProperty({ description: 'Valor de after para la página siguiente, o null. / Value of after for the next page, or null.', nullable: true, type: Number })
  nextAfter!: number | null;
}
