import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual } from '../shared/validators';
import { InteractionView } from '../queries/interaction-view';
import { RecordInteractionDto } from './record-interaction.dto';
import { RecordInteractionService } from './record-interaction.service';

@ApiTags('interactions')
@Controller('v1/interactions')
export class RecordInteractionController {
  constructor(private readonly service: RecordInteractionService) {}

  @Post()
  @ApiOperation({
    summary: 'Registrar una gestión — Record an interaction',
    description: bilingual(
      'Se guarda aunque la política de contacto la niegue; una gestión saliente negada genera una violación. El mismo (sourceSystem, sourceReference) devuelve la primera gestión con 200.',
      'Stored even when the contact policy denies it; a denied outbound one raises a violation. The same (sourceSystem, sourceReference) returns the first interaction with 200.',
    ),
  })
  @ApiHeader(ACTOR_HEADER_DOC)
  @ApiCreatedResponse({ description: bilingual('Gestión registrada', 'Interaction recorded') })
  @ApiOkResponse({ description: bilingual('Ya estaba registrada: se devuelve la primera', 'Already recorded: the first one is returned') })
  async record(@Body() body: RecordInteractionDto, @Meta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply): Promise<InteractionView> {
    const result = await this.service.record(body, meta);
    if (result.replayed) {
      void reply.status(200).header('idempotent-replay', 'true');
    }

    return result.interaction;
  }
}
