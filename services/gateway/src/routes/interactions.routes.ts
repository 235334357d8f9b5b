import { API_TAGS, ProxyRouteDefinition } from './route-definition';
import { fromBody } from './debtor-read';
import { CheckContactDto, PolicyDecisionDto } from './dto/contact-policy.dto';

export const INTERACTION_ROUTES: ProxyRouteDefinition[] = [
  {
    id: 'contactPolicy.check',
    method: 'POST',
    path: '/v1/contact-policy/checks',
    upstream: 'interactions',
    upstreamPath: '/v1/contact-policy/checks',
    tag: API_TAGS.contactPolicy,
    summary: { es: '¿Se puede contactar ahora? (Ley 2300 de 2023)', en: 'May this contact be made now? (Ley 2300 de 2023)' },
    description: {
      es: 'Responde permitido o negado con todas las razones y el próximo instante permitido. La decisión queda guardada como evidencia.',
      en: 'Returns allowed or denied with every reason and the next allowed instant. The decision is stored as evidence.',
    },
    body: CheckContactDto,
    response: { status: 200, type: PolicyDecisionDto, description: { es: 'La decisión.', en: 'The decision.' } },
    errors: [],
    debtorRead: { debtorIds: fromBody('debtorId') },
  },
];
