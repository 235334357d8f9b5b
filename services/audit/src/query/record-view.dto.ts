import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A ledger record as the API returns it. */
export class RecordView {
  @ApiProperty({ description: 'Cadena <tópico>:<partición>. / Chain <topic>:<partition>.', example: 'collections.interactions.v1:3' })
  chainId!: string;

  @ApiProperty({ description: 'Posición en la cadena, desde 1 y sin huecos. / Position in the chain, from 1 without gaps.', example: 42 })
  sequence!: number;

  @ApiProperty({ description: 'Id del evento CloudEvents. / CloudEvents event id.' })
  eventId!: string;

  @ApiProperty({ description: 'Tipo del evento. / Event type.', example: 'co.collections.interaction.recorded.v1' })
  eventType!: string;

  @ApiProperty({ description: 'Origen del evento. / Event source.', example: '/services/interactions' })
  source!: string;

  @ApiProperty({ description: 'Quién causó el evento. / Who caused the event.', nullable: true, type: String, example: 'agent:ag-17' })
  actor!: string | null;

  @ApiProperty({ description: 'Deudor según los datos del evento. / Debtor named in the event data.', nullable: true, type: String })
  debtorId!: string | null;

  @ApiProperty({ description: 'Obligación según los datos del evento. / Account named in the event data.', nullable: true, type: String })
  accountId!: string | null;

  @ApiProperty({ description: 'Atributo time del evento tal como llegó. / The event time attribute as published.', nullable: true, type: String })
  eventTime!: string | null;

  @ApiProperty({ description: 'Instante UTC en que el libro selló el registro. / UTC instant the ledger sealed the record.', example: '2026-03-10T15:34:06.004Z' })
  recordedAt!: string;

  @ApiProperty({ description: 'El evento CloudEvents completo tal como llegó. / The whole CloudEvent as received.', type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;

  @ApiProperty({ description: 'Hash del registro anterior de la cadena (SHA-256, hex). / Hash of the previous record (SHA-256, hex).' })
  previousHash!: string;

  @ApiProperty({
    description:
      'SHA-256(previousHash ‖ JSON canónico RFC 8785 de los demás campos hasheados), hex. / SHA-256(previousHash ‖ RFC 8785 JSON of the other hashed fields), hex.',
  })
  hash!: string;

  @ApiProperty({ description: 'El tipo no está en el catálogo; el evento se registró igual. / Type not in the catalog; recorded all the same.' })
  unknownType!: boolean;

  @ApiPropertyOptional({ description: 'Por qué un tipo conocido no cumplió su esquema. / Why a known type failed its schema.', nullable: true, type: String })
  schemaProblem!: string | null;
}

export class RecordPageView {
  @ApiProperty({ type: [RecordView] })
  items!: RecordView[];

  @ApiProperty({ description: 'Cursor de la página siguiente, o null en la última. / Next page cursor, or null on the last page.', nullable: true, type: String })
  nextCursor!: string | null;
}
