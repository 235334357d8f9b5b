import { SetMetadata } from '@nestjs/common';
import type { RouteId } from './role-matrix';

export const ROUTE_ID_METADATA = 'gateway:routeId';

/** Names the role-matrix entry that decides who may call the decorated handler. */
export const RouteIdentity = (id: RouteId) => SetMetadata(ROUTE_ID_METADATA, id);
