import { registerMessages } from '@bitacora/http';

/** Messages of the promises service's error codes: Spanish (es-CO) first, English second. */
export function registerPromisesMessages(): void {
  registerMessages({
    'field.percent': {
      es: 'Debe ser un porcentaje en texto con hasta dos decimales, por ejemplo "24.50".',
      en: 'Must be a percentage string with up to two decimals, for example "24.50".',
    },
    'promises.command_invalid': {
      es: 'La solicitud incumple las reglas de promesas y acuerdos de pago; revise los campos indicados.',
      en: 'The request breaks the rules for promises and payment plans; check the fields listed.',
    },
    'promises.REQUIRED': { es: 'El campo es obligatorio.', en: 'This field is required.' },
    'promises.AMOUNT_NOT_POSITIVE': { es: 'El valor debe ser mayor que cero.', en: 'The amount must be greater than zero.' },
    'promises.AMOUNT_OUT_OF_RANGE': { es: 'El valor es demasiado grande.', en: 'The amount is too large.' },
    'promises.AMOUNT_TOO_MANY_DECIMALS': {
      es: 'El valor tiene más decimales de los que admite la moneda {currency}.',
      en: 'The amount has more decimals than the currency {currency} allows.',
    },
    'promises.INVALID_CURRENCY': { es: 'Debe ser un código de moneda ISO 4217 aceptado: COP, USD o EUR.', en: 'Must be an accepted ISO 4217 currency code: COP, USD or EUR.' },
    'promises.CURRENCY_MISMATCH': { es: 'Todas las cuotas deben estar en la moneda del acuerdo.', en: 'Every installment must be in the plan’s currency.' },
    'promises.INVALID_DATE': { es: 'Debe ser una fecha real AAAA-MM-DD.', en: 'Must be a real date YYYY-MM-DD.' },
    'promises.DUE_DATE_IN_PAST': {
      es: 'La fecha de vencimiento no puede ser anterior a hoy ({today}, hora de Bogotá).',
      en: 'The due date cannot be before today ({today}, Bogota time).',
    },
    'promises.DUE_DATE_BEYOND_HORIZON': {
      es: 'La fecha de vencimiento puede estar como máximo {horizonDays} días después de hoy ({today}).',
      en: 'The due date may be at most {horizonDays} days after today ({today}).',
    },
    'promises.DUE_DATES_NOT_INCREASING': {
      es: 'Cada cuota debe vencer después de la anterior (y de la cuota inicial).',
      en: 'Each installment must fall due after the previous one (and after the down payment).',
    },
    'promises.INVALID_GRACE_DAYS': {
      es: 'Los días de gracia deben ser un entero entre 0 y {maxGraceDays}.',
      en: 'Grace days must be an integer between 0 and {maxGraceDays}.',
    },
    'promises.INSTALLMENTS_MISSING': { es: 'El acuerdo necesita al menos una cuota.', en: 'The plan needs at least one installment.' },
    'promises.INSTALLMENT_SUM_MISMATCH': {
      es: 'El valor total debe ser igual a la suma de la cuota inicial y las cuotas.',
      en: 'The total amount must equal the sum of the down payment and the installments.',
    },
    'promises.DUPLICATE_ID': { es: 'El identificador está repetido.', en: 'The id is used twice.' },
    'promises.INVALID_INTEREST_RATE': {
      es: 'La tasa debe ser un porcentaje efectivo anual no negativo.',
      en: 'The rate must be a non-negative effective annual percentage.',
    },
    'promises.INTEREST_ABOVE_USURY_CAP': {
      es: 'La tasa supera la tasa de usura vigente para el tipo de crédito {creditType} (Código de Comercio, art. 884).',
      en: 'The rate is above the usury cap in force for credit type {creditType} (Código de Comercio, art. 884).',
    },
    'promises.USURY_CAP_NOT_CONFIGURED': {
      es: 'No hay tasa de usura configurada para el tipo de crédito {creditType} en la fecha de hoy; un administrador debe registrar la tasa certificada por la Superintendencia Financiera.',
      en: 'No usury cap is configured for credit type {creditType} today; an administrator must add the rate certified by the Superintendencia Financiera.',
    },
    'promises.ACCOUNT_MISMATCH': { es: 'La cuenta no coincide con la de la operación.', en: 'The account does not match the operation’s account.' },
    'promises.PROMISE_NOT_FOUND': { es: 'No existe la promesa de pago {id}.', en: 'Payment promise {id} does not exist.' },
    'promises.PROMISE_NOT_PENDING': {
      es: 'La promesa de pago {id} está en estado {status}; solo se puede cancelar una promesa pendiente (PENDING).',
      en: 'Payment promise {id} is {status}; only a PENDING promise can be cancelled.',
    },
    'promises.PROMISE_ID_CONFLICT': {
      es: 'Ya existe la promesa de pago {id} con otros datos; use un identificador nuevo para una promesa nueva.',
      en: 'Payment promise {id} already exists with other data; use a new id for a new promise.',
    },
    'promises.PLAN_NOT_FOUND': { es: 'No existe el acuerdo de pago {id}.', en: 'Payment plan {id} does not exist.' },
    'promises.PLAN_NOT_ACTIVE': {
      es: 'El acuerdo de pago {id} está en estado {status}; solo se puede cancelar un acuerdo activo (ACTIVE).',
      en: 'Payment plan {id} is {status}; only an ACTIVE plan can be cancelled.',
    },
    'promises.PLAN_ID_CONFLICT': {
      es: 'Ya existe el acuerdo de pago {id} con otros datos; use un identificador nuevo para un acuerdo nuevo.',
      en: 'Payment plan {id} already exists with other data; use a new id for a new plan.',
    },
  });
}
