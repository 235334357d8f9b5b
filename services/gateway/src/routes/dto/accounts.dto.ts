import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { bilingual } from '../../openapi/bilingual';
import { PageQueryDto } from './common.dto';
import { NextActionDto } from './record-interaction.dto';
import { IsBankId, IsInstant } from './validators';

export class AssigneeDto {
  @ApiProperty({ enum: ['agent', 'team'], description: bilingual('Agente o equipo.', 'Agent or team.'), example: 'agent' })
  @IsIn(['agent', 'team'])
  kind!: 'agent' | 'team';

  @ApiProperty({ description: bilingual('Id del agente o equipo.', 'Agent or team id.'), example: 'ag-17' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  id!: string;
}

export class AssignAccountDto {
  @ApiProperty({ description: bilingual('Deudor titular de la obligación.', 'Debtor who owns the account.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Cartera a la que pertenece.', 'Portfolio (cartera) it belongs to.'), example: 'CARTERA-CONSUMO-2026' })
  @IsBankId()
  portfolioId!: string;

  @ApiProperty({ type: AssigneeDto, description: bilingual('A quién se asigna.', 'Whom it is assigned to.') })
  @IsDefined()
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee!: AssigneeDto;

  @ApiPropertyOptional({ description: bilingual('Desde cuándo; ahora si se omite.', 'Effective from; now when omitted.'), example: '2026-03-10T08:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  effectiveAt?: string;

  @ApiPropertyOptional({ description: bilingual('Motivo de la asignación.', 'Reason for the assignment.'), example: 'Redistribución de cartera de marzo.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class ScheduleNextActionDto extends NextActionDto {
  @ApiProperty({ description: bilingual('Deudor titular de la obligación.', 'Debtor who owns the account.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;
}

export class WithoutNextActionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: bilingual('Solo esta cartera.', 'Only this portfolio.'), example: 'CARTERA-CONSUMO-2026' })
  @IsOptional()
  @IsBankId()
  portfolioId?: string;

  @ApiPropertyOptional({ description: bilingual('Solo las asignadas a este agente o equipo.', 'Only those assigned to this agent or team.'), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  assigneeId?: string;

  @ApiPropertyOptional({ description: bilingual('Vencidas antes de este instante; ahora si se omite.', 'Overdue before this instant; now when omitted.'), example: '2026-03-10T18:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class AccountAssigneeDto {
  @ApiProperty({ enum: ['agent', 'team'] }) kind!: string;
  @ApiProperty({ example: 'ag-17' }) id!: string;
}

export class AccountStateDto {
  @ApiProperty({ example: 'CRED-0042-7781' }) accountId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ type: String, nullable: true }) portfolioId!: string | null;
  @ApiProperty({ type: AccountAssigneeDto, nullable: true }) assignee!: AccountAssigneeDto | null;
  @ApiProperty({ type: String, nullable: true }) assignmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) nextActionId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: bilingual('Vencimiento de la próxima acción.', 'Due instant of the next action.') }) nextActionDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastInteractionAt!: string | null;
}

export class AccountStatePageDto {
  @ApiProperty({ type: [AccountStateDto] }) items!: AccountStateDto[];
  @ApiProperty({ type: String, nullable: true, description: bilingual('Cursor de la página siguiente; null en la última.', 'Cursor of the next page; null on the last one.') }) nextCursor!: string | null;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty() debtorId!: string;
  @ApiProperty() portfolioId!: string;
  @ApiProperty({ type: AccountAssigneeDto }) assignee!: AccountAssigneeDto;
  @ApiProperty() effectiveAt!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() actor!: string;
  @ApiProperty() recordedAt!: string;
}

export class AssignmentListDto {
  @ApiProperty({ type: [AssignmentDto] }) items!: AssignmentDto[];
}

export class ScheduledNextActionDto {
  @ApiProperty({ format: 'uuid' }) nextActionId!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty() debtorId!: string;
  @ApiProperty({ type: String, nullable: true }) interactionId!: string | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ example: 'CHECK_PROMISE' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) assigneeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty() actor!: string;
  @ApiProperty() scheduledAt!: string;
}

export class NextActionListDto {
  @ApiProperty({ type: [ScheduledNextActionDto], description: bilingual('La primera es la vigente.', 'The first is the current one.') }) items!: ScheduledNextActionDto[];
}
