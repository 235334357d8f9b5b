import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsOptional, IsString } from 'class-validator';
import { createValidationPipe, ProblemDetailsFilter } from '@bitacora/http';
import { createFastifyAdapter } from './bootstrap';

class NoteDto {
  @IsString()
  notes!: string;
}

class SearchDto {
  @IsOptional()
  @IsString()
  agentId?: string;
}

@Controller()
class NotesController {
  @Post('notes')
  create(@Body() body: NoteDto): NoteDto {
    return body;
  }

  @Get('notes/:noteId')
  one(@Param('noteId') noteId: string): { noteId: string } {
    return { noteId };
  }

  @Get('outage')
  outage(): never {
    throw new Error('timeout exceeded when trying to connect');
  }

  @Get('cancelled')
  cancelled(): never {
    throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
  }

  @Get('broken')
  broken(): never {
    throw new Error('secret internal detail');
  }

  @Get('notes')
  search(@Query() query: SearchDto): SearchDto {
    return query;
  }
}

@Module({ controllers: [NotesController] })
class NotesModule {}

describe('createFastifyAdapter', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(NotesModule, createFastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  function post(payload: string) {
    return app.getHttpAdapter().getInstance().inject({ method: 'POST', url: '/notes', headers: { 'content-type': 'application/json' }, payload });
  }

  it.each(['/outage', '/cancelled'])('answers 503 with Retry-After for database faults on %s', async (url) => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });

    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json()).toMatchObject({ code: 'database.unavailable', status: 503 });
  });

  it('hides unknown errors behind a 500', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/broken' });

    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal.error');
    expect(response.body).not.toContain('secret internal detail');
  });

  it('rejects NUL in a body field', async () => {
    const response = await post(JSON.stringify({ notes: 'a\u0000b' }));

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'notes', code: 'field.control_character' })]);
  });

  it('rejects NUL in a query parameter', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/notes?agentId=%00' });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'agentId', code: 'field.control_character' })]);
  });

  it('rejects a lone surrogate', async () => {
    const response = await post('{"notes":"a\\ud800b"}');

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'notes', code: 'field.malformed_text' })]);
  });

  it('rejects deeply nested bodies', async () => {
    const response = await post(`{"notes":"x","extra":${'['.repeat(20000)}${']'.repeat(20000)}}`);

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: '$', code: 'field.too_deep' })]);
  });

  it.each([
    ['a path parameter longer than the router accepts', `/notes/${'A'.repeat(5000)}`, 414],
    ['a path with broken percent-encoding', '/notes/%E0%A4%A', 400],
  ])('sends a problem for %s', async (_case, url, status) => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual(expect.objectContaining({ status, code: expect.stringMatching(/^request\./) }));
  });

  it('translates the malformed JSON problem', async () => {
    const response = await post('{"notes":');

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).not.toBe('http.400');
  });
});
