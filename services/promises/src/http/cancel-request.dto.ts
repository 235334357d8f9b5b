import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { bilingual } from './api-text';

export class CancelRequest {
  @ApiProperty({ description: bilingual('Motivo de la cancelación.', 'Why it is cancelled.'), example: 'El deudor pidió un acuerdo de pago', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
