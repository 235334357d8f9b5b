import type { AgreedPlanTerms, AgreedPromiseTerms, InteractionRecordedData } from '@bitacora/contracts';
import { parseAmount } from '@bitacora/domain';
import { PermanentMessageError } from '@bitacora/messaging';
import { basisPointsOfPercent } from '../common/percent';
import { installmentIdOf } from '../common/uuid-v5';
import type { CreatePaymentPlanCommand, CreatePromiseCommand, InstallmentDraft } from '../domain';

/** The promises and the plan an interaction recorded, as domain commands. */
export interface InteractionTerms {
  interactionId: string;
  /** Instant the terms were agreed; due dates are judged against its Bogota date. */
  agreedAt: Date;
  promises: CreatePromiseCommand[];
  plan: CreatePaymentPlanCommand | null;
}

/**
 * Reads the agreed terms of an interaction.recorded event. The agent is the interaction's agent,
 * else its automated channel, else its source system. Throws PermanentMessageError when an
 * amount does not fit its currency.
 */
export function termsOfInteraction(data: InteractionRecordedData): InteractionTerms {
  const agentId = data.agentId ?? data.automatedChannelId ?? data.sourceSystem;
  return {
    interactionId: data.interactionId,
    agreedAt: new Date(data.occurredAt),
    promises: data.promises.map((terms) => promiseCommandOf(data, terms, agentId)),
    plan: data.paymentPlan === undefined ? null : planCommandOf(data, data.paymentPlan, agentId),
  };
}

function promiseCommandOf(data: InteractionRecordedData, terms: AgreedPromiseTerms, agentId: string): CreatePromiseCommand {
  return {
    promiseId: terms.promiseId,
    debtorId: data.debtorId,
    accountId: terms.accountId,
    agentId,
    interactionId: data.interactionId,
    amount: amountOf(terms.amount, terms.currency, `promise ${terms.promiseId}`),
    currency: terms.currency,
    dueDate: terms.dueDate,
    graceDays: terms.graceDays,
  };
}

function planCommandOf(data: InteractionRecordedData, terms: AgreedPlanTerms, agentId: string): CreatePaymentPlanCommand {
  const draft = (number: number, dueDate: string, amount: string): InstallmentDraft => ({
    installmentId: installmentIdOf(terms.planId, number),
    dueDate,
    amount: amountOf(amount, terms.currency, `plan ${terms.planId} installment ${number}`),
  });

  return {
    planId: terms.planId,
    debtorId: data.debtorId,
    accountId: terms.accountId,
    agentId,
    interactionId: data.interactionId,
    currency: terms.currency,
    totalAmount: amountOf(terms.totalAmount, terms.currency, `plan ${terms.planId} total`),
    downPayment: terms.downPayment === undefined ? null : draft(0, terms.downPayment.dueDate, terms.downPayment.amount),
    installments: [...terms.installments].sort((first, second) => first.number - second.number).map((installment) => draft(installment.number, installment.dueDate, installment.amount)),
    interestRateBasisPoints: interestOf(terms),
  };
}

function amountOf(value: string, currency: string, what: string): bigint {
  const parsed = parseAmount(value, currency);
  if (!parsed.ok) {
    throw new PermanentMessageError(`TERMS_${parsed.error.code}`, `Agreed terms of ${what}: ${parsed.error.message}`);
  }
  return parsed.value;
}

/**
 * NOTE: the interactions contract allows four decimals of a percent, and the domain keeps whole
 * basis points (two decimals). A finer rate is rounded up, so that the usury check never passes
 * a rate that is in fact above the cap.
 */
function interestOf(terms: AgreedPlanTerms): number | null {
  if (terms.annualInterestRate === undefined) {
    return null;
  }
  const rate = basisPointsOfPercent(terms.annualInterestRate);
  if (rate === null) {
    throw new PermanentMessageError('TERMS_INVALID_INTEREST_RATE', `Plan ${terms.planId} has an interest rate "${terms.annualInterestRate}" that is not a percentage.`);
  }
  return rate.basisPoints;
}
