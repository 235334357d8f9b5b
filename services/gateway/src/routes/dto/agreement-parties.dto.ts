import { ApiProperty } from '@nestjs/swagger';
import { bilingual } from '../../openapi/bilingual';
import { IsBankId } from './validators';

/** Debtor and account that a promise or a payment plan binds. */
export class AgreementPartiesDto {
  @ApiProperty({ description: bilingual('Id del deudor.', 'Debtor id.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Obligación con el id del banco.', "Account with the bank's id."), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;
}
