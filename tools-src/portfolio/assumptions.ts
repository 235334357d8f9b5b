/**
 * Rates the generator plays. They are estimates for a Colombian consumer-credit collections
 * portfolio, inside the ranges commonly quoted in collections-industry benchmarks (right-party
 * contact 15 to 35 % of outbound calls, promise rate 30 to 50 % of right-party contacts,
 * promise-kept rate 45 to 70 %).
 * NOTE: those ranges were not checked against a published study or any bank's data; edit these
 * values to match a real portfolio.
 */
export const DELINQUENCY_BUCKETS = {
  '1-30': { minDays: 1, maxDays: 30, weight: 45 },
  '31-60': { minDays: 31, maxDays: 60, weight: 20 },
  '61-90': { minDays: 61, maxDays: 90, weight: 12 },
  '91-180': { minDays: 91, maxDays: 180, weight: 13 },
  '180+': { minDays: 181, maxDays: 720, weight: 10 },
} as const;

export type DelinquencyBucket = keyof typeof DELINQUENCY_BUCKETS;

/** Share of debtors per document type: mostly citizens (CC), then companies (NIT). Estimate. */
export const DOCUMENT_TYPE_WEIGHTS = { CC: 80, NIT: 8, CE: 5, PPT: 4, PA: 2, TI: 1 } as const;

/** Channel mix of outbound attempts, as a share of attempts. Estimate. */
export const CHANNEL_WEIGHTS = { phone_call: 55, whatsapp: 20, sms: 15, email: 10 } as const;

export interface ActivityRates {
  /** Share of outbound calls that reach the debtor (right-party contact). */
  rightPartyContactRate: number;
  /** Share of right-party contacts that end in a promise or a payment plan. */
  promiseRate: number;
  /** Share of promises paid in full by their due date. */
  promiseKeptRate: number;
  /** Share of broken promises paid later, 1 to 15 days after the due date. */
  latePaymentRate: number;
  /** Share of right-party contacts in which the debtor disputes the debt. */
  disputeRate: number;
  /** Share of payments the bank reverses (returned cheque, failed debit). */
  reversalRate: number;
  /** Share of agreements that are payment plans instead of single promises. */
  planShare: number;
}

export const DEFAULT_RATES: ActivityRates = {
  rightPartyContactRate: 0.25,
  promiseRate: 0.4,
  promiseKeptRate: 0.6,
  latePaymentRate: 0.3,
  disputeRate: 0.02,
  reversalRate: 0.02,
  planShare: 0.2,
};

/** Attempts one agent makes in a business day. Estimate for a blended manual and dialer team. */
export const ATTEMPTS_PER_AGENT_PER_DAY = 60;
