import type { Type } from '@nestjs/common';
import type { LocalizedText } from '@bitacora/http';
import type { RouteId } from '../auth/role-matrix';
import { DebtorParamsDto } from './dto/common.dto';
import {
  AuthorizationParamsDto,
  AuthorizeAlternativeHoursDto,
  ConsentParamsDto,
  GrantConsentDto,
  ListPreferencesQueryDto,
  OptOutParamsDto,
  PreferenceListDto,
  PreferenceRecordDto,
  RecordOptOutDto,
  RecordVisitExceptionDto,
  RevokePreferenceDto,
  VisitExceptionParamsDto,
} from './dto/preferences.dto';
import { fromParam } from './debtor-read';
import { API_TAGS, ProxyRouteDefinition } from './route-definition';

/** One kind of contact preference: the three routes it has (record, revoke, list) share their shape. */
interface PreferenceRoutes {
  ids: { record: RouteId; revoke: RouteId; list: RouteId };
  /** Path segment of the kind, for example `consents`. */
  segment: string;
  /** Path parameter naming one record, for example `consentId`. */
  idParam: string;
  params: Type<object>;
  body: Type<object>;
  listQuery?: Type<object>;
  names: { record: LocalizedText; revoke: LocalizedText; list: LocalizedText; description: LocalizedText };
}

function preferenceRoutes(kind: PreferenceRoutes): ProxyRouteDefinition[] {
  const debtorPath = `/v1/debtors/:debtorId/${kind.segment}`;
  const revokePath = `/v1/${kind.segment}/:${kind.idParam}/revocation`;
  return [
    {
      id: kind.ids.record,
      method: 'POST',
      path: debtorPath,
      upstream: 'interactions',
      upstreamPath: debtorPath,
      tag: API_TAGS.contactAuthorizations,
      summary: kind.names.record,
      description: kind.names.description,
      params: DebtorParamsDto,
      body: kind.body,
      response: { status: 201, type: PreferenceRecordDto, description: { es: 'El registro guardado.', en: 'The stored record.' } },
      errors: [],
    },
    {
      id: kind.ids.revoke,
      method: 'POST',
      path: revokePath,
      upstream: 'interactions',
      upstreamPath: revokePath,
      tag: API_TAGS.contactAuthorizations,
      summary: kind.names.revoke,
      description: { es: 'El registro queda en el historial con quién, cuándo y por qué se revocó.', en: 'The record stays in the history with who revoked it, when and why.' },
      params: kind.params,
      body: RevokePreferenceDto,
      response: { status: 200, type: PreferenceRecordDto, description: { es: 'El registro revocado.', en: 'The revoked record.' } },
      errors: [404],
    },
    {
      id: kind.ids.list,
      method: 'GET',
      path: debtorPath,
      upstream: 'interactions',
      upstreamPath: debtorPath,
      tag: API_TAGS.contactAuthorizations,
      summary: kind.names.list,
      params: DebtorParamsDto,
      query: kind.listQuery,
      response: { status: 200, type: PreferenceListDto, description: { es: 'Vigentes y revocados.', en: 'Active and revoked ones.' } },
      errors: [],
      debtorRead: { debtorIds: fromParam('debtorId') },
    },
  ];
}

/** Consents, opt-outs, alternative-hours authorizations and visit exceptions of the interactions service. */
export const PREFERENCE_ROUTES: ProxyRouteDefinition[] = [
  ...preferenceRoutes({
    ids: { record: 'consents.grant', revoke: 'consents.revoke', list: 'consents.list' },
    segment: 'consents',
    idParam: 'consentId',
    params: ConsentParamsDto,
    body: GrantConsentDto,
    listQuery: ListPreferencesQueryDto,
    names: {
      record: { es: 'Registrar la autorización de un canal', en: 'Record a channel authorization' },
      revoke: { es: 'Revocar la autorización de un canal', en: 'Revoke a channel authorization' },
      list: { es: 'Historial de autorizaciones de canal', en: 'Channel authorization history' },
      description: {
        es: 'Solo se contacta por los canales que la persona autorizó (Ley 2300 de 2023, art. 2); guarde la referencia a la prueba.',
        en: 'Contact happens only through the channels the person authorized (Ley 2300 de 2023, art. 2); keep the reference to the proof.',
      },
    },
  }),
  ...preferenceRoutes({
    ids: { record: 'optOuts.record', revoke: 'optOuts.withdraw', list: 'optOuts.list' },
    segment: 'opt-outs',
    idParam: 'optOutId',
    params: OptOutParamsDto,
    body: RecordOptOutDto,
    listQuery: ListPreferencesQueryDto,
    names: {
      record: { es: 'Registrar que una persona no quiere ser contactada', en: 'Record an opt-out' },
      revoke: { es: 'Retirar una solicitud de no contacto', en: 'Withdraw an opt-out' },
      list: { es: 'Historial de solicitudes de no contacto', en: 'Opt-out history' },
      description: { es: 'Por un canal o por todos; el motor de política niega el contacto mientras esté vigente.', en: 'On one channel or on all; the policy engine denies contact while it is in force.' },
    },
  }),
  ...preferenceRoutes({
    ids: { record: 'alternativeHours.authorize', revoke: 'alternativeHours.revoke', list: 'alternativeHours.list' },
    segment: 'alternative-hours',
    idParam: 'authorizationId',
    params: AuthorizationParamsDto,
    body: AuthorizeAlternativeHoursDto,
    listQuery: ListPreferencesQueryDto,
    names: {
      record: { es: 'Registrar una autorización de horario alternativo', en: 'Record an alternative-hours authorization' },
      revoke: { es: 'Revocar una autorización de horario alternativo', en: 'Revoke an alternative-hours authorization' },
      list: { es: 'Historial de autorizaciones de horario alternativo', en: 'Alternative-hours authorization history' },
      description: {
        es: 'Una autorización firmada aparte permite contactar fuera de la franja legal (Ley 2300 de 2023, art. 3), en las franjas que indique.',
        en: 'A separately signed authorization allows contact outside the statutory window (Ley 2300 de 2023, art. 3), in the windows it names.',
      },
    },
  }),
  ...preferenceRoutes({
    ids: { record: 'visitExceptions.record', revoke: 'visitExceptions.revoke', list: 'visitExceptions.list' },
    segment: 'visit-exceptions',
    idParam: 'exceptionId',
    params: VisitExceptionParamsDto,
    body: RecordVisitExceptionDto,
    names: {
      record: { es: 'Registrar una excepción que permite visitas', en: 'Record a visit exception' },
      revoke: { es: 'Revocar una excepción de visita', en: 'Revoke a visit exception' },
      list: { es: 'Historial de excepciones de visita', en: 'Visit exception history' },
      description: {
        es: 'Las visitas de cobranza están prohibidas salvo microcrédito, crédito de fomento o rural con autorización expresa, o cuando ningún canal funciona (Ley 2300 de 2023, art. 6).',
        en: 'Collection visits are forbidden except for microcredit, development or rural credit with express authorization, or when no channel works (Ley 2300 de 2023, art. 6).',
      },
    },
  }),
];
