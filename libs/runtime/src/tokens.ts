/** Injection tokens of the objects the infrastructure module provides to every service. */
export const CONFIG = Symbol('bitacora.config');
export const ROOT_LOGGER = Symbol('bitacora.rootLogger');
export const DATA_SOURCE = Symbol('bitacora.dataSource');
export const KAFKA = Symbol('bitacora.kafka');
export const PRODUCER = Symbol('bitacora.producer');
export const METRICS = Symbol('bitacora.metrics');
export const SERVICE_NAME = Symbol('bitacora.serviceName');
