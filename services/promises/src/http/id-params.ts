import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { ApiPatterns } from './api-text';

export class PromiseIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  promiseId!: string;
}

export class PlanIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;
}

export class AccountIdParams {
  @ApiProperty({ example: 'CRED-0042-7781' })
  @Matches(ApiPatterns.bankId)
  accountId!: string;
}
