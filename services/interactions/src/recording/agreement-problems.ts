import { bogotaDateOf, CurrencyCode, formatAmount, parseAmount } from '@bitacora/domain';
import type { AgreementKind } from '@bitacora/contracts';
import type { FieldProblem } from '@bitacora/http';
import type { DownPaymentDto, PaymentPlanTermsDto, PromiseTermsDto } from './agreed-terms.dto';

export interface AgreementInput {
  accountIds: string[];
  occurredAt: string;
  promises?: PromiseTermsDto[];
  paymentPlan?: PaymentPlanTermsDto;
}

/**
 * Checks that the agreed terms match the outcome and hold. A promise outcome carries promises, a
 * plan outcome carries a plan, and any other outcome carries neither.
 */
export function agreementProblems(input: AgreementInput, agreementKind: AgreementKind | null): FieldProblem[] {
  const promises = input.promises ?? [];
  const problems: FieldProblem[] = [];

  if (agreementKind === 'promise' && promises.length === 0) {
    problems.push({ field: 'promises', code: 'field.promises_required' });
  }
  if (agreementKind !== 'promise' && promises.length > 0) {
    problems.push({ field: 'promises', code: 'field.not_expected_for_outcome' });
  }
  if (agreementKind === 'payment_plan' && input.paymentPlan === undefined) {
    problems.push({ field: 'paymentPlan', code: 'field.plan_required' });
  }
  if (agreementKind !== 'payment_plan' && input.paymentPlan !== undefined) {
    problems.push({ field: 'paymentPlan', code: 'field.not_expected_for_outcome' });
  }

  const contactDate = bogotaDateOf(new Date(input.occurredAt));
  promises.forEach((promise, index) => problems.push(...promiseProblems(promise, `promises[${index}]`, input.accountIds, contactDate)));
  if (input.paymentPlan !== undefined) {
    problems.push(...planProblems(input.paymentPlan, input.accountIds, contactDate));
  }

  return problems;
}

function promiseProblems(promise: PromiseTermsDto, path: string, accountIds: string[], contactDate: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!accountIds.includes(promise.accountId)) {
    problems.push({ field: `${path}.accountId`, code: 'field.account_not_in_interaction' });
  }
  problems.push(...amountProblems(promise.amount, promise.currency, path, 'amount'));
  if (promise.dueDate < contactDate) {
    problems.push({ field: `${path}.dueDate`, code: 'field.due_before_contact', params: { date: contactDate } });
  }

  return problems;
}

function planProblems(plan: PaymentPlanTermsDto, accountIds: string[], contactDate: string): FieldProblem[] {
  const path = 'paymentPlan';
  const problems: FieldProblem[] = [];
  if (!accountIds.includes(plan.accountId)) {
    problems.push({ field: `${path}.accountId`, code: 'field.account_not_in_interaction' });
  }
  problems.push(...amountProblems(plan.totalAmount, plan.currency, path, 'totalAmount'));
  if (plan.downPayment !== undefined) {
    problems.push(...downPaymentProblems(plan.downPayment, plan, contactDate));
  }
  problems.push(...installmentProblems(plan, contactDate));
  if (problems.length > 0) {
    return problems;
  }

  const total = minorUnits(plan.totalAmount, plan.currency);
  const sum = [plan.downPayment?.amount, ...plan.installments.map((installment) => installment.amount)]
    .filter((amount): amount is string => amount !== undefined)
    .reduce((accumulated, amount) => accumulated + minorUnits(amount, plan.currency), 0n);
  if (sum !== total) {
    problems.push({ field: `${path}.totalAmount`, code: 'field.plan_total_mismatch', params: { sum: formatAmount(sum, plan.currency as CurrencyCode) } });
  }

  return problems;
}

function downPaymentProblems(downPayment: DownPaymentDto, plan: PaymentPlanTermsDto, contactDate: string): FieldProblem[] {
  const problems = amountProblems(downPayment.amount, plan.currency, 'paymentPlan.downPayment', 'amount');
  const firstDue = plan.installments[0]?.dueDate;
  if (downPayment.dueDate < contactDate) {
    problems.push({ field: 'paymentPlan.downPayment.dueDate', code: 'field.due_before_contact', params: { date: contactDate } });
  }
  if (firstDue !== undefined && downPayment.dueDate > firstDue) {
    problems.push({ field: 'paymentPlan.downPayment.dueDate', code: 'field.down_payment_after_installment' });
  }

  return problems;
}

function installmentProblems(plan: PaymentPlanTermsDto, contactDate: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  plan.installments.forEach((installment, index) => {
    const path = `paymentPlan.installments[${index}]`;
    if (installment.number !== index + 1) {
      problems.push({ field: `${path}.number`, code: 'field.installment_number', params: { expected: index + 1 } });
    }
    const previous = plan.installments[index - 1];
    const earliest = previous?.dueDate ?? contactDate;
    if (previous !== undefined ? installment.dueDate <= earliest : installment.dueDate < earliest) {
      problems.push({ field: `${path}.dueDate`, code: 'field.installment_order', params: { date: earliest } });
    }
    problems.push(...amountProblems(installment.amount, plan.currency, path, 'amount'));
  });

  return problems;
}

function amountProblems(amount: string, currency: string, path: string, field: string): FieldProblem[] {
  const parsed = parseAmount(amount, currency);
  if (!parsed.ok) {
    return parsed.error.code === 'CURRENCY_NOT_ACCEPTED'
      ? [{ field: `${path}.currency`, code: 'field.currency_not_accepted' }]
      : [{ field: `${path}.${field}`, code: 'field.amount' }];
  }
  if (parsed.value === 0n) {
    return [{ field: `${path}.${field}`, code: 'field.amount_positive' }];
  }

  return [];
}

function minorUnits(amount: string, currency: string): bigint {
  const parsed = parseAmount(amount, currency);
  if (!parsed.ok) {
    throw parsed.error;
  }

  return parsed.value;
}
