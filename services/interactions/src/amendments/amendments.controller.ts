import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual } from '../shared/validators';
import { InteractionView } from '../queries/interaction-view';
import { AmendInteractionDto } from './amend-interaction.dto';
import { AmendInteractionService } from './amend-interaction.service';

@ApiTags('interactions')
@Controller('v1/interactions')
export class AmendmentsController {
  constructor(private readonly service: AmendInteractionService) {}

  @Post(':interactionId/amendments')
  @ApiOperation({
    summary: 'Corregir una gestión — Amend an interaction',
    description: bilingual(
      'La gestión original no cambia; la enmienda dice qué cambió y por qué. Se pueden corregir el resultado, las notas, la duración y la referencia de grabación.',
      'The original is never changed; the amendment says what changed and why. The outcome, notes, duration and recording reference can be corrected.',
    ),
  })
  @ApiHeader(ACTOR_HEADER_DOC)
  amend(@Param('interactionId', new UuidPipe('interactionId')) interactionId: string, @Body() body: AmendInteractionDto, @Meta() meta: RequestMeta): Promise<InteractionView> {
    return this.service.amend(interactionId, body, meta);
  }
}
