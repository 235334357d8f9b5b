import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../shared/page-query';
import { bilingual, IsBankId, IsInstant } from '../shared/validators';
import { NextActionDto } from '../recording/record-interaction.dto';

export class AssigneeDto {
  @ApiProperty({ enum: ['agent', 'team'], description: bilingual('Agente o equipo', 'Agent or team') })
  @IsIn(['agent', 'team'])
  kind!: 'agent' | 'team';

  @ApiProperty({ example: 'ag-17' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  id!: string;
}

export class AssignAccountDto {
  @ApiProperty({ description: bilingual('Deudor titular de la obligación', 'Debtor who owns the account'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Cartera a la que pertenece', 'Portfolio (cartera) it belongs to'), example: 'CARTERA-CONSUMO-2026' })
  @IsBankId()
  portfolioId!: string;

  @ApiProperty({ type: AssigneeDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee!: AssigneeDto;

  @ApiPropertyOptional({ description: bilingual('Desde cuándo; por defecto ahora', 'Effective from; now by default') })
  @IsOptional()
  @IsInstant()
  effectiveAt?: string;

  @ApiPropertyOptional({ description: bilingual('Motivo de la asignación', 'Reason for the assignment') })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class ScheduleNextActionDto extends NextActionDto {
  @ApiProperty({ description: bilingual('Deudor titular de la obligación', 'Debtor who owns the account'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;
}

export class WithoutNextActionQuery extends PageQuery {
  @ApiPropertyOptional({ description: bilingual('Solo esta cartera', 'Only this portfolio') })
  @IsOptional()
  @IsBankId()
  portfolioId?: string;

  @ApiPropertyOptional({ description: bilingual('Solo las asignadas a este agente o equipo', 'Only those assigned to this agent or team') })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  assigneeId?: string;

  @ApiPropertyOptional({ description: bilingual('Vencidas antes de este instante; por defecto ahora', 'Overdue before this instant; now by default') })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}
