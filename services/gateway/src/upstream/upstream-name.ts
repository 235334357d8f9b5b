/** The internal services the gateway calls. */
export const UPSTREAMS = ['interactions', 'promises', 'audit'] as const;

export type UpstreamName = (typeof UPSTREAMS)[number];

export type UpstreamBaseUrls = Record<UpstreamName, string>;
