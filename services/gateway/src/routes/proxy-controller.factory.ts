import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res, Type } from '@nestjs/common';
import { ApiExtraModels } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RouteIdentity } from '../auth/route-id.decorator';
import { rolesAllowedFor } from '../auth/role-matrix';
import type { GatewayResponse } from '../idempotency/stored-response';
import { documentRoute } from '../openapi/document-route';
import type { HttpMethod, ProxyRouteDefinition } from './route-definition';
import { RouteForwarder } from './route-forwarder';

const METHOD_DECORATORS: Record<HttpMethod, (path: string) => MethodDecorator> = { GET: Get, POST: Post, PATCH: Patch, DELETE: Delete };

export function sendGatewayResponse(reply: FastifyReply, response: GatewayResponse): void {
  void reply.status(response.status).headers(response.headers);
  void reply.send(response.status === 204 ? undefined : response.body);
}

/**
 * Declares the parameters Nest validates and Swagger documents: the request and reply, then the
 * body, query and path DTOs the route declares. Their types go in `design:paramtypes`, where the
 * validation pipe and the OpenAPI explorer read them, as if the handler had been written by hand.
 */
function declareParameters(prototype: object, name: string, route: ProxyRouteDefinition): void {
  const types: Type<unknown>[] = [Object, Object];
  Req()(prototype, name, 0);
  Res()(prototype, name, 1);
  if (route.body) {
    Body()(prototype, name, types.length);
    types.push(route.body);
  }
  if (route.query) {
    Query()(prototype, name, types.length);
    types.push(route.query);
  }
  if (route.params) {
    Param()(prototype, name, types.length);
    types.push(route.params);
  }
  Reflect.defineMetadata('design:paramtypes', types, prototype, name);
}

/**
 * Builds one Nest controller whose handlers are the proxied routes of the route table. Each
 * handler gets its route id (for the role matrix), its path and method, its DTOs and its
 * OpenAPI documentation from its table entry.
 */
export function createProxyController(routes: readonly ProxyRouteDefinition[]): Type<unknown> {
  @Controller()
  @ApiExtraModels(...routes.flatMap((route) => (route.response.type ? [route.response.type] : [])))
  class ProxyController {
    constructor(readonly forwarder: RouteForwarder) {}
  }

  for (const route of routes) {
    const name = route.id;
    const handler = async function (this: ProxyController, request: FastifyRequest, reply: FastifyReply): Promise<void> {
      sendGatewayResponse(reply, await this.forwarder.handle(route, request));
    };
    Object.defineProperty(handler, 'name', { value: name });
    Object.defineProperty(ProxyController.prototype, name, { value: handler, writable: true, configurable: true });
    declareParameters(ProxyController.prototype, name, route);

    const descriptor = Object.getOwnPropertyDescriptor(ProxyController.prototype, name);
    if (!descriptor) {
      throw new Error(`handler ${name} was not defined`);
    }
    const decorators: MethodDecorator[] = [
      METHOD_DECORATORS[route.method](route.path),
      HttpCode(route.response.status),
      RouteIdentity(route.id),
      documentRoute({
        operationId: route.id,
        method: route.method,
        tag: route.tag,
        summary: route.summary,
        description: route.description,
        roles: rolesAllowedFor(route.id),
        response: route.response,
        errors: route.errors,
        readsDebtorData: route.debtorRead !== undefined,
      }),
    ];
    for (const decorator of decorators) {
      decorator(ProxyController.prototype, name, descriptor);
    }
  }
  return ProxyController;
}
