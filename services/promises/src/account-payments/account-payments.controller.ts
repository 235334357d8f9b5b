import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ForwardedHeaders } from '../http/api-headers';
import { bilingual } from '../http/api-text';
import { AccountIdParams } from '../http/id-params';
import { ListPaymentsQuery } from './list-payments.query';
import { PaymentQueries } from './payment-queries';
import { PaymentPageView } from './payment-view';

@ApiTags('pagos / payments')
@Controller('internal/v1/accounts')
export class AccountPaymentsController {
  constructor(private readonly queries: PaymentQueries) {}

  @Get(':accountId/payments')
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({
    summary: bilingual('Pagos de una obligación con sus aplicaciones', 'Payments of an account with their allocations'),
    description: bilingual(
      'Todos los pagos que publicó el core del banco, incluidos los reversados y los que no tenían nada abierto; del más reciente al más antiguo.',
      'Every payment the bank core published, reversed ones and those with nothing open included; newest first.',
    ),
  })
  @ApiOkResponse({ type: PaymentPageView })
  list(@Param() params: AccountIdParams, @Query() query: ListPaymentsQuery): Promise<PaymentPageView> {
    return this.queries.listOfAccount(params.accountId, query);
  }
}
