import { addDays, HolidayCalendar, isoWeekdayOf, startOfIsoWeek, type BusinessDate } from '@bitacora/domain';
import { ATTEMPTS_PER_AGENT_PER_DAY, CHANNEL_WEIGHTS, type ActivityRates } from './assumptions';
import type { GeneratedAccount, GeneratedDebtor } from './portfolio';
import { SeededRandom } from './random';

export type Channel = keyof typeof CHANNEL_WEIGHTS;

export interface ConsentAction {
  kind: 'consent';
  debtorId: string;
  channel: Channel;
}

export interface InteractionAction {
  kind: 'interaction';
  /** ISO instant with the Bogota offset. */
  occurredAt: string;
  debtorId: string;
  accountId: string;
  channel: Channel;
  agentId: string;
  outcomeCode: string;
  reference: string;
  promise?: { amount: string; dueDate: BusinessDate };
  plan?: { totalAmount: string; installments: { number: number; dueDate: BusinessDate; amount: string }[] };
}

export interface PaymentAction {
  kind: 'payment';
  paidAt: string;
  debtorId: string;
  accountId: string;
  paymentId: string;
  amount: string;
  /** Reference of the interaction whose promise or plan this payment pays. */
  forReference: string;
}

export interface ReversalAction {
  kind: 'reversal';
  reversedAt: string;
  accountId: string;
  paymentId: string;
}

export type Action = ConsentAction | InteractionAction | PaymentAction | ReversalAction;

export interface ActivityPlanInput {
  debtors: GeneratedDebtor[];
  /** Last simulated day (Bogota); activity never reaches past it. */
  lastDay: BusinessDate;
  days: number;
  agents: number;
  seed: number;
  rates: ActivityRates;
}

/**
 * Plans D days of collection activity over the portfolio, in time order: consents first, then
 * contacts within the legal window (Monday to Friday 08:00 to 18:00, Saturday 08:00 to 13:00,
 * never Sundays or holidays, Ley 2300 de 2023, art. 3), at most one contact per debtor a day and
 * one channel per debtor a week, and the payments and reversals the promises lead to.
 */
export function planActivity(input: ActivityPlanInput): Action[] {
  const random = new SeededRandom(input.seed ^ 0x5eed);
  const calendar = new HolidayCalendar();
  const consents = new Map<string, Channel[]>(input.debtors.map((debtor) => [debtor.debtorId, consentedChannels(random)]));
  const actions: Action[] = [...consents].flatMap(([debtorId, channels]) => channels.map((channel): ConsentAction => ({ kind: 'consent', debtorId, channel })));
  const timed: { at: string; action: Action }[] = [];
  const weekChannel = new Map<string, Channel>();
  const accounts = input.debtors.flatMap((debtor) => debtor.accounts.map((account) => ({ debtor, account })));
  const lastAllowedPayment = input.lastDay;

  for (let offset = input.days - 1; offset >= 0; offset--) {
    const day = addDays(input.lastDay, -offset);
    const weekday = isoWeekdayOf(day);
    if (weekday === 7 || calendar.isHoliday(day)) {
      continue;
    }
    const closingHour = weekday === 6 ? 13 : 18;
    const attempts = Math.min(accounts.length, Math.round((input.agents * ATTEMPTS_PER_AGENT_PER_DAY * (weekday === 6 ? 0.5 : 1)) / 1));
    const contactedToday = new Set<string>();

    for (let attempt = 0; attempt < attempts; attempt++) {
      const { debtor, account } = random.pick(accounts);
      if (contactedToday.has(debtor.debtorId)) {
        continue;
      }
      contactedToday.add(debtor.debtorId);

      const weekKey = `${debtor.debtorId}@${startOfIsoWeek(day)}`;
      const channel = weekChannel.get(weekKey) ?? random.weighted(weightsOf(consents.get(debtor.debtorId) ?? ['phone_call']));
      weekChannel.set(weekKey, channel);
      const minute = random.integer(8 * 60, closingHour * 60 - 1);
      const occurredAt = `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(random.integer(0, 59))}-05:00`;
      const agentId = `ag-${String(random.integer(1, input.agents)).padStart(3, '0')}`;
      const reference = `SIM-${input.seed}-${day}-${attempt}`;
      const interaction = contactOutcome({ random, rates: input.rates, day, occurredAt, debtor, account, channel, agentId, reference });
      timed.push({ at: occurredAt, action: interaction });
      timed.push(...paymentsFor(interaction, random, input.rates, lastAllowedPayment, input.seed));
    }
  }

  timed.sort((left, right) => Date.parse(left.at) - Date.parse(right.at));
  return [...actions, ...timed.map((entry) => entry.action)];
}

function consentedChannels(random: SeededRandom): Channel[] {
  const channels: Channel[] = ['phone_call'];
  if (random.chance(0.6)) channels.push('whatsapp');
  if (random.chance(0.5)) channels.push('sms');
  if (random.chance(0.4)) channels.push('email');
  return channels;
}

function weightsOf(channels: Channel[]): Record<Channel, number> {
  return Object.fromEntries(channels.map((channel) => [channel, CHANNEL_WEIGHTS[channel]])) as Record<Channel, number>;
}

interface ContactContext {
  random: SeededRandom;
  rates: ActivityRates;
  day: BusinessDate;
  occurredAt: string;
  debtor: GeneratedDebtor;
  account: GeneratedAccount;
  channel: Channel;
  agentId: string;
  reference: string;
}

function contactOutcome(context: ContactContext): InteractionAction {
  const { random, rates, channel } = context;
  const base = {
    kind: 'interaction' as const,
    occurredAt: context.occurredAt,
    debtorId: context.debtor.debtorId,
    accountId: context.account.accountId,
    channel,
    agentId: context.agentId,
    reference: context.reference,
  };
  // Messages are one-way: they are sent or delivered, never a right-party conversation here.
  if (channel !== 'phone_call') {
    return { ...base, outcomeCode: random.chance(0.9) ? 'MESSAGE_DELIVERED' : 'MESSAGE_FAILED' };
  }
  if (!random.chance(rates.rightPartyContactRate)) {
    return { ...base, outcomeCode: random.weighted({ NO_ANSWER: 60, BUSY: 10, VOICEMAIL_LEFT: 20, WRONG_NUMBER: 5, THIRD_PARTY_REACHED: 5 }) };
  }
  if (random.chance(rates.disputeRate)) {
    return { ...base, outcomeCode: 'DISPUTE_RAISED' };
  }
  if (!random.chance(rates.promiseRate)) {
    return { ...base, outcomeCode: random.weighted({ RIGHT_PARTY_REACHED: 60, REFUSED_TO_PAY: 20, CALLBACK_REQUESTED: 20 }) };
  }

  const balancePesos = context.account.balanceMinor / 100n;
  if (random.chance(rates.planShare) && balancePesos >= 300_000n) {
    const count = random.integer(3, 12);
    const installment = balancePesos / BigInt(count);
    const installments = Array.from({ length: count }, (_, index) => ({ number: index + 1, dueDate: addDays(context.day, 30 * (index + 1)), amount: `${installment}.00` }));
    return { ...base, outcomeCode: 'PAYMENT_PLAN_AGREED', plan: { totalAmount: `${installment * BigInt(count)}.00`, installments } };
  }

  // A promise covers 10 % to 100 % of the balance, due 1 to 10 days later.
  const share = BigInt(random.integer(10, 100));
  const amount = (balancePesos * share) / 100n;
  return { ...base, outcomeCode: 'PROMISE_TO_PAY', promise: { amount: `${amount > 0n ? amount : 1n}.00`, dueDate: addDays(context.day, random.integer(1, 10)) } };
}

function paymentsFor(interaction: InteractionAction, random: SeededRandom, rates: ActivityRates, lastDay: BusinessDate, seed: number): { at: string; action: Action }[] {
  const promise = interaction.promise;
  if (promise === undefined) {
    return [];
  }

  let paidDate: BusinessDate | undefined;
  if (random.chance(rates.promiseKeptRate)) {
    paidDate = addDays(promise.dueDate, -random.integer(0, 2));
  } else if (random.chance(rates.latePaymentRate)) {
    paidDate = addDays(promise.dueDate, random.integer(1, 15));
  }
  const contactDate = interaction.occurredAt.slice(0, 10);
  if (paidDate === undefined || paidDate > lastDay) {
    return [];
  }
  if (paidDate < contactDate) {
    paidDate = contactDate;
  }

  const paidAt = `${paidDate}T${pad(random.integer(19, 22))}:${pad(random.integer(0, 59))}:00-05:00`;
  const paymentId = `PAY-${seed}-${interaction.reference}`;
  const payment: PaymentAction = { kind: 'payment', paidAt, debtorId: interaction.debtorId, accountId: interaction.accountId, paymentId, amount: promise.amount, forReference: interaction.reference };
  const planned: { at: string; action: Action }[] = [{ at: paidAt, action: payment }];
  const reversalDate = addDays(paidDate, 1);
  if (random.chance(rates.reversalRate) && reversalDate <= lastDay) {
    const reversedAt = `${reversalDate}T09:00:00-05:00`;
    planned.push({ at: reversedAt, action: { kind: 'reversal', reversedAt, accountId: interaction.accountId, paymentId } });
  }
  return planned;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
