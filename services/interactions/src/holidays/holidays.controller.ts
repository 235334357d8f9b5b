import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { InteractionEventTypes } from '@bitacora/contracts';
import { unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { EventWriter } from '../shared/event-writer';
import { Meta, RequestMeta } from '../shared/request-meta';
import { HolidayOverridesRepository, HolidayOverrideRecord } from './holiday-overrides.repository';
import { HolidayOverrideView, HolidaysQuery, RecordHolidayOverrideDto } from './holidays.dto';

function overrideView(record: HolidayOverrideRecord): HolidayOverrideView {
  return { ...record, recordedAt: record.recordedAt.toISOString() };
}

/** The Colombian holiday calendar that the contact window uses, and the administrator's override list. */
@ApiTags('holidays')
@Controller('v1/holidays')
export class HolidaysController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly overrides: HolidayOverridesRepository,
    private readonly events: EventWriter,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Festivos de un año, con las correcciones del administrador — Holidays of a year, with the overrides' })
  async holidays(@Query() query: HolidaysQuery): Promise<{ year: number; holidays: { date: string; names: readonly string[] }[] }> {
    const calendar = await this.overrides.loadCalendar(this.dataSource.manager);

    return { year: query.year, holidays: calendar.holidaysOf(query.year) };
  }

  @Get('overrides')
  @ApiOperation({ summary: 'Lista de correcciones al calendario — Holiday override list' })
  @ApiOkResponse({ type: HolidayOverrideView, isArray: true })
  async list(): Promise<{ items: HolidayOverrideView[] }> {
    const records = await this.overrides.list(this.dataSource.manager);

    return { items: records.map(overrideView) };
  }

  @Post('overrides')
  @ApiOperation({ summary: 'Agregar o quitar un festivo antes de una nueva versión — Add or remove a holiday ahead of a release' })
  @ApiHeader(ACTOR_HEADER_DOC)
  @ApiCreatedResponse({ type: HolidayOverrideView })
  async record(@Body() body: RecordHolidayOverrideDto, @Meta() meta: RequestMeta): Promise<HolidayOverrideView> {
    if (body.action === 'add' && body.name === undefined) {
      throw unprocessable('holiday.name_required', {}, [{ field: 'name', code: 'field.required' }]);
    }
    if (body.action === 'remove' && body.name !== undefined) {
      throw unprocessable('holiday.name_not_expected', {}, [{ field: 'name', code: 'field.unknown' }]);
    }

    return this.dataSource.transaction(async (manager) => {
      const record = await this.overrides.insert(
        manager,
        { overrideId: uuidv7(), action: body.action, date: body.date, name: body.name ?? null, reason: body.reason, actor: meta.actor },
        meta.requestId,
      );
      const data = { overrideId: record.overrideId, action: record.action, date: record.date, reason: record.reason, recordedAt: record.recordedAt.toISOString(), ...(record.name ? { name: record.name } : {}) };
      await this.events.append(manager, meta, [{ type: InteractionEventTypes.holidayOverrideRecorded, data, subject: record.overrideId }]);

      return overrideView(record);
    });
  }
}
