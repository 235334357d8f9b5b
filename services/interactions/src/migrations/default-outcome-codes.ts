/**
 * The outcome catalog (tipificación) seeded by the first interactions migration. Kept here, frozen
 * with that migration, so that changing the defaults later needs a migration of its own.
 */
export interface SeedOutcomeCode {
  code: string;
  labelEs: string;
  labelEn: string;
  isAttempt: boolean;
  isRightPartyContact: boolean;
  isDispute: boolean;
  agreementKind: 'promise' | 'payment_plan' | null;
  channels: string[] | null;
}

const VOICE = ['phone_call', 'automated_voice'];
const NUMBERS = ['phone_call', 'sms', 'whatsapp', 'automated_voice'];
const MESSAGES = ['sms', 'email', 'whatsapp', 'push_notification', 'letter'];

const attempt = (code: string, labelEs: string, labelEn: string, channels: string[] | null): SeedOutcomeCode => ({
  code, labelEs, labelEn, isAttempt: true, isRightPartyContact: false, isDispute: false, agreementKind: null, channels,
});

const conversation = (code: string, labelEs: string, labelEn: string, extra: Partial<SeedOutcomeCode> = {}): SeedOutcomeCode => ({
  code, labelEs, labelEn, isAttempt: true, isRightPartyContact: true, isDispute: false, agreementKind: null, channels: null, ...extra,
});

export const DEFAULT_OUTCOME_CODES: readonly SeedOutcomeCode[] = [
  attempt('NO_ANSWER', 'No contesta', 'No answer', VOICE),
  attempt('BUSY', 'Ocupado', 'Busy', VOICE),
  attempt('VOICEMAIL_LEFT', 'Mensaje dejado en buzón de voz', 'Voicemail left', VOICE),
  attempt('WRONG_NUMBER', 'Número equivocado', 'Wrong number', NUMBERS),
  attempt('NUMBER_OUT_OF_SERVICE', 'Número fuera de servicio', 'Number out of service', NUMBERS),
  attempt('THIRD_PARTY_REACHED', 'Contacto con un tercero', 'Third party reached', null),
  conversation('RIGHT_PARTY_REACHED', 'Contacto directo con el titular', 'Right party reached'),
  conversation('PROMISE_TO_PAY', 'Promesa de pago', 'Promise to pay', { agreementKind: 'promise' }),
  conversation('PAYMENT_PLAN_AGREED', 'Acuerdo de pago', 'Payment plan agreed', { agreementKind: 'payment_plan' }),
  conversation('REFUSED_TO_PAY', 'Se niega a pagar', 'Refused to pay'),
  conversation('DISPUTE_RAISED', 'Reclamo sobre la deuda', 'Dispute raised', { isDispute: true }),
  conversation('CLAIMS_ALREADY_PAID', 'Afirma que ya pagó', 'Claims already paid', { isDispute: true }),
  conversation('CALLBACK_REQUESTED', 'Pide que lo contacten más tarde', 'Callback requested'),
  attempt('REPORTED_DECEASED', 'Reportado como fallecido', 'Reported deceased', null),
  attempt('MESSAGE_SENT', 'Mensaje enviado', 'Message sent', MESSAGES),
  attempt('MESSAGE_DELIVERED', 'Mensaje entregado', 'Message delivered', MESSAGES),
  attempt('MESSAGE_FAILED', 'Mensaje no entregado', 'Message failed', MESSAGES),
  attempt('VISIT_NOBODY_FOUND', 'Visita sin encontrar a nadie', 'Visit with nobody found', ['visit']),
  attempt('PRE_REPORT_NOTICE_SENT', 'Aviso previo al reporte negativo enviado (Ley 1266 de 2008)', 'Pre-report notice sent (Ley 1266 de 2008)', ['letter', 'email', 'sms']),
  conversation('INBOUND_INQUIRY', 'Consulta entrante', 'Inbound inquiry', { isAttempt: false }),
];
