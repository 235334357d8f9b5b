import type {
  InstallmentChangedData,
  InstallmentStateData,
  InstallmentStatusName,
  PlanCreatedData,
  PlanStatusChangedData,
  PlanStatusName,
} from '@bitacora/contracts';
import { countMissedInstallments, type Installment, type PaymentPlan } from '../domain';
import { decimalOf, percentOf } from './amounts';

function installmentStateData(plan: PaymentPlan, installment: Installment): InstallmentStateData {
  return {
    installmentId: installment.id,
    number: installment.number,
    dueDate: installment.dueDate,
    deadlineDate: installment.deadlineDate,
    amount: decimalOf(installment.amount, plan.currency),
    status: installment.status,
    paidAmount: decimalOf(installment.paidAmount, plan.currency),
    paidLateAmount: decimalOf(installment.paidLateAmount, plan.currency),
  };
}

export function planCreatedData(plan: PaymentPlan, portfolioId: string | null): PlanCreatedData {
  const data: PlanCreatedData = {
    planId: plan.id,
    debtorId: plan.debtorId,
    accountId: plan.accountId,
    agentId: plan.agentId,
    status: plan.status,
    currency: plan.currency,
    totalAmount: decimalOf(plan.totalAmount, plan.currency),
    graceDays: plan.graceDays,
    graceDayCounting: plan.graceDayCounting,
    defaultAfterMissedInstallments: plan.defaultAfterMissedInstallments,
    installments: plan.installments.map((installment) => installmentStateData(plan, installment)),
    changedAt: plan.createdAt.toISOString(),
  };
  if (plan.interactionId !== null) data.interactionId = plan.interactionId;
  if (portfolioId) data.portfolioId = portfolioId;
  if (plan.interestRateBasisPoints !== null) data.annualInterestRate = percentOf(plan.interestRateBasisPoints);
  if (plan.creditType !== null) data.creditType = plan.creditType;
  return data;
}

export interface InstallmentChange {
  status: InstallmentStatusName;
  previousStatus: InstallmentStatusName;
  paidAmount: bigint;
  changedAt: Date;
  paymentId: string | null;
}

export function installmentChangedData(plan: PaymentPlan, installment: Installment, change: InstallmentChange): InstallmentChangedData {
  const data: InstallmentChangedData = {
    ...installmentStateData(plan, installment),
    planId: plan.id,
    debtorId: plan.debtorId,
    accountId: plan.accountId,
    currency: plan.currency,
    status: change.status,
    paidAmount: decimalOf(change.paidAmount, plan.currency),
    previousStatus: change.previousStatus,
    changedAt: change.changedAt.toISOString(),
  };
  if (change.paymentId) data.paymentId = change.paymentId;
  return data;
}

export function planStatusChangedData(
  plan: PaymentPlan,
  change: { status: PlanStatusName; previousStatus: PlanStatusName; changedAt: Date; reason?: string },
): PlanStatusChangedData {
  const data: PlanStatusChangedData = {
    planId: plan.id,
    debtorId: plan.debtorId,
    accountId: plan.accountId,
    status: change.status,
    previousStatus: change.previousStatus,
    currency: plan.currency,
    totalAmount: decimalOf(plan.totalAmount, plan.currency),
    missedInstallments: countMissedInstallments(plan),
    changedAt: change.changedAt.toISOString(),
  };
  if (change.reason) data.reason = change.reason;
  return data;
}
