import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PromiseAmountKpis, PromiseKpis, Rate } from '../domain';
import { decimalOf, percentOf } from '../events/amounts';
import { bilingual } from '../http/api-text';

export class RateView {
  @ApiProperty({ example: '42' }) numerator!: string;
  @ApiProperty({ example: '60' }) denominator!: string;
  @ApiPropertyOptional({ description: bilingual('Porcentaje con dos decimales; falta si el denominador es 0.', 'Percentage with two decimals; absent when the denominator is 0.'), example: '70.00' })
  percent?: string;
}

export class AmountKpisView {
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ description: bilingual('Valor prometido (sin canceladas ni reemplazadas).', 'Promised amount (cancelled and superseded left out).') }) promisedAmount!: string;
  @ApiProperty({ description: bilingual('Valor de las promesas ya juzgadas (cumplidas o incumplidas).', 'Amount of the promises already judged (kept or broken).') }) resolvedPromisedAmount!: string;
  @ApiProperty() keptPromisedAmount!: string;
  @ApiProperty({ type: RateView, description: bilingual('Tasa de cumplimiento por valor.', 'Promise-kept rate by amount.') }) keptRateByAmount!: RateView;
  @ApiProperty({ description: bilingual('Recaudo contra promesas: a tiempo más tarde.', 'Amount collected against promises: in time plus late.') }) collectedAmount!: string;
  @ApiProperty() collectedOnTimeAmount!: string;
  @ApiProperty() collectedLateAmount!: string;
  @ApiProperty({ type: RateView, description: bilingual('Recaudo sobre valor prometido.', 'Collected over promised amount.') }) collectedRate!: RateView;
  @ApiProperty({ type: RateView, description: bilingual('Parte del recaudo pagada tarde.', 'Share of the collected amount paid late.') }) paidLateShareByAmount!: RateView;
}

export class KpisView {
  @ApiProperty() promiseCount!: number;
  @ApiProperty({ example: { PENDING: 3, KEPT: 42, BROKEN: 18, CANCELLED: 1, SUPERSEDED: 2 } }) countsByStatus!: Record<string, number>;
  @ApiProperty({ type: RateView, description: bilingual('Cumplidas sobre cumplidas más incumplidas.', 'Kept over kept plus broken.') }) keptRateByCount!: RateView;
  @ApiProperty({ type: RateView, description: bilingual('Incumplidas sobre cumplidas más incumplidas.', 'Broken over kept plus broken.') }) brokenRateByCount!: RateView;
  @ApiProperty({ type: RateView, description: bilingual('Incumplidas que recibieron pago tardío, sobre incumplidas.', 'Broken promises that got a late payment, over broken ones.') }) paidLateShareByCount!: RateView;
  @ApiProperty({ type: [AmountKpisView] }) amountsByCurrency!: AmountKpisView[];
}

export class KpiGroupView {
  @ApiProperty({ description: bilingual('Agente o cartera; "(sin cartera)" agrupa las promesas sin cartera.', 'Agent or portfolio; "(sin cartera)" groups promises without one.') }) key!: string;
  @ApiProperty({ type: KpisView }) kpis!: KpisView;
}

export class KpiReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiPropertyOptional({ enum: ['agent', 'portfolio'] }) groupBy?: string;
  @ApiProperty({ type: KpisView }) overall!: KpisView;
  @ApiProperty({ type: [KpiGroupView] }) groups!: KpiGroupView[];
}

function rateView(value: Rate): RateView {
  const view: RateView = { numerator: String(value.numerator), denominator: String(value.denominator) };
  if (value.basisPoints !== null) view.percent = percentOf(value.basisPoints);
  return view;
}

function amountView(kpis: PromiseAmountKpis): AmountKpisView {
  const money = (amount: bigint) => decimalOf(amount, kpis.currency);
  return {
    currency: kpis.currency,
    promisedAmount: money(kpis.promisedAmount),
    resolvedPromisedAmount: money(kpis.resolvedPromisedAmount),
    keptPromisedAmount: money(kpis.keptPromisedAmount),
    keptRateByAmount: rateView(kpis.keptRateByAmount),
    collectedAmount: money(kpis.collectedAmount),
    collectedOnTimeAmount: money(kpis.collectedOnTimeAmount),
    collectedLateAmount: money(kpis.collectedLateAmount),
    collectedRate: rateView(kpis.collectedRate),
    paidLateShareByAmount: rateView(kpis.paidLateShareByAmount),
  };
}

export function kpisViewOf(kpis: PromiseKpis): KpisView {
  return {
    promiseCount: kpis.promiseCount,
    countsByStatus: { ...kpis.countsByStatus },
    keptRateByCount: rateView(kpis.keptRateByCount),
    brokenRateByCount: rateView(kpis.brokenRateByCount),
    paidLateShareByCount: rateView(kpis.paidLateShareByCount),
    amountsByCurrency: kpis.amountsByCurrency.map(amountView),
  };
}
