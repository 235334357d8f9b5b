/** Injection tokens of the gateway's own providers. */
export const GATEWAY_SCHEMA_TOKEN = Symbol('gateway.schema');
export const GATEWAY_CONFIG = Symbol('gateway.config');
export const ACCESS_TOPIC = Symbol('gateway.accessTopic');
export const UPSTREAM_BASE_URLS = Symbol('gateway.upstreamBaseUrls');
