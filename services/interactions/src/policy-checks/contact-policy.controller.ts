import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { Language, notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { decodeTimeCursor, Page, pageOf } from '../shared/cursor';
import { RequestLanguage } from '../shared/language';
import { DEFAULT_PAGE_SIZE } from '../shared/page-query';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual } from '../shared/validators';
import { CheckContactDto, ListPolicyDecisionsQuery } from './check-contact.dto';
import { CheckContactService } from './check-contact.service';
import { ContactPolicyService } from './contact-policy.service';
import { PolicyDecisionView, policyDecisionView } from './policy-decision';
import { PolicyDecisionResponse } from './policy-decision.responses';
import { PolicyDecisionsRepository } from './policy-decisions.repository';

@ApiTags('contact-policy')
@Controller('v1')
export class ContactPolicyController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly checks: CheckContactService,
    private readonly policy: ContactPolicyService,
    private readonly decisions: PolicyDecisionsRepository,
  ) {}

  @Post('contact-policy/checks')
  @HttpCode(200)
  @ApiOperation({
    summary: '¿Se puede contactar ahora? (Ley 2300 de 2023) — May this contact be made?',
    description: bilingual(
      'Responde permitido o negado, todas las razones y el próximo instante permitido. La decisión se guarda como evidencia y se publica.',
      'Returns allowed or denied, every reason and the next allowed instant. The decision is stored as evidence and published.',
    ),
  })
  @ApiHeader(ACTOR_HEADER_DOC)
  @ApiOkResponse({ type: PolicyDecisionResponse })
  async check(@Body() body: CheckContactDto, @Meta() meta: RequestMeta, @RequestLanguage() language: Language): Promise<PolicyDecisionView> {
    const record = await this.checks.check(body, meta);

    return policyDecisionView(record, language);
  }

  @Get('contact-policy/rules')
  @ApiOperation({ summary: 'Reglas en vigor, con versión y fuente legal — Rules in force, with version and legal source' })
  rules(): { rules: unknown[]; nextAllowedSearchDays: number } {
    const { nextAllowedSearchDays, ...rules } = this.policy.settings;

    return { rules: Object.values(rules), nextAllowedSearchDays };
  }

  @Get('contact-policy/decisions/:decisionId')
  @ApiOperation({ summary: 'Una decisión guardada — One stored decision' })
  @ApiOkResponse({ type: PolicyDecisionResponse })
  async decision(@Param('decisionId') decisionId: string, @RequestLanguage() language: Language): Promise<PolicyDecisionView> {
    const record = /^[0-9a-f-]{36}$/i.test(decisionId) ? await this.decisions.find(this.dataSource.manager, decisionId) : undefined;
    if (!record) {
      throw notFound('policy.decision_not_found', { decisionId });
    }

    return policyDecisionView(record, language);
  }

  @Get('debtors/:debtorId/policy-decisions')
  @ApiOperation({ summary: 'Decisiones de política de un deudor, más recientes primero — A debtor’s policy decisions, newest first' })
  async list(@Param('debtorId') debtorId: string, @Query() query: ListPolicyDecisionsQuery, @RequestLanguage() language: Language): Promise<Page<PolicyDecisionView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : decodeTimeCursor(query.cursor);
    const records = await this.decisions.listByDebtor(this.dataSource.manager, debtorId, { origin: query.origin, outcome: query.outcome, to: query.to === undefined ? undefined : new Date(query.to), after, limit });

    return pageOf(records, limit, (record) => policyDecisionView(record, language), (record) => [record.decidedAt.toISOString(), record.decisionId]);
  }
}
