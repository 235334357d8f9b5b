import { registerMessages } from '@bitacora/http';
import type { DenialCode } from '../policy';

/** Message of each denial code, filled from the reason's details. */
export const REASON_MESSAGES: Record<DenialCode, { es: string; en: string }> = {
  OUTSIDE_CONTACT_WINDOW: {
    es: 'Fuera de la franja permitida {window} (hora de Bogotá {localTime}); Ley 2300 de 2023, art. 3.',
    en: 'Outside the allowed window {window} (Bogota time {localTime}); Ley 2300 de 2023, art. 3.',
  },
  SUNDAY: {
    es: 'El {date} es domingo y no se permite contacto de cobranza; Ley 2300 de 2023, art. 3.',
    en: '{date} is a Sunday, when collection contact is not allowed; Ley 2300 de 2023, art. 3.',
  },
  PUBLIC_HOLIDAY: {
    es: 'El {date} es festivo ({holiday}) y no se permite contacto de cobranza; Ley 2300 de 2023, art. 3.',
    en: '{date} is a public holiday ({holiday}), when collection contact is not allowed; Ley 2300 de 2023, art. 3.',
  },
  CHANNEL_NOT_AUTHORIZED: {
    es: 'La persona no tiene autorización vigente para el canal {channel} (estado: {consent}); Ley 2300 de 2023, art. 2.',
    en: 'The person has no authorization in force for channel {channel} (state: {consent}); Ley 2300 de 2023, art. 2.',
  },
  OPTED_OUT: {
    es: 'La persona pidió no ser contactada por {channel} (alcance: {scope}).',
    en: 'The person asked not to be contacted by {channel} (scope: {scope}).',
  },
  REFERENCE_NEVER_CONTACTED: {
    es: 'Una referencia nunca se contacta para cobranza; Ley 2300 de 2023, art. 4.',
    en: 'A reference is never contacted for collection; Ley 2300 de 2023, art. 4.',
  },
  THIRD_PARTY_NEVER_CONTACTED: {
    es: 'Un tercero que no es deudor, codeudor ni avalista no se contacta para cobranza; Ley 2300 de 2023, art. 4.',
    en: 'A third party who is not a debtor, co-debtor or guarantor is not contacted for collection; Ley 2300 de 2023, art. 4.',
  },
  VISIT_NOT_PERMITTED: {
    es: 'Visita de cobranza sin una excepción registrada (aceptadas: {acceptedExceptions}); Ley 2300 de 2023, art. 6.',
    en: 'Collection visit without a recorded exception (accepted: {acceptedExceptions}); Ley 2300 de 2023, art. 6.',
  },
  DAILY_LIMIT_REACHED: {
    es: 'La persona ya tuvo {contactsToday} contacto(s) el {date}; el máximo diario es {maxContactsPerDay}; Ley 2300 de 2023, art. 3.',
    en: 'The person already had {contactsToday} contact(s) on {date}; the daily maximum is {maxContactsPerDay}; Ley 2300 de 2023, art. 3.',
  },
  WEEKLY_CHANNEL_LOCKED: {
    es: 'Esta semana la persona ya fue contactada por {lockedChannels}; no se puede usar {channel}; Ley 2300 de 2023, art. 3.',
    en: 'This week the person was already contacted by {lockedChannels}, so {channel} cannot be used; Ley 2300 de 2023, art. 3.',
  },
  DISPUTE_OPEN: {
    es: 'Hay una disputa abierta sobre la obligación ({disputeIds}); la cobranza se pausa mientras se resuelve.',
    en: 'A dispute about the account is open ({disputeIds}); collection pauses until it is resolved.',
  },
  PROMISE_PENDING: {
    es: 'Hay una promesa de pago pendiente ({promiseIds}); la cobranza se pausa hasta su vencimiento.',
    en: 'A payment promise is pending ({promiseIds}); collection pauses until it falls due.',
  },
};

export const reasonMessageCode = (code: string) => `policy.reason.${code}`;

registerMessages(Object.fromEntries(Object.entries(REASON_MESSAGES).map(([code, text]) => [reasonMessageCode(code), text])));
