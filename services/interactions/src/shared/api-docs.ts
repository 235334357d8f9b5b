import type { ApiHeaderOptions } from '@nestjs/swagger';
import { bilingual } from './validators';

export const ACTOR_HEADER_DOC: ApiHeaderOptions = {
  name: 'X-Actor',
  required: true,
  description: bilingual(
    'Quién hace el cambio, como tipo:id (agent:ag-17, client:crm-main); lo envía el gateway',
    'Who makes the change, as kind:id (agent:ag-17, client:crm-main); the gateway sends it',
  ),
};
