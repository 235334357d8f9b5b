export * from './bogota-time';
export * from './documents';
export * from './domain-error';
export * from './easter';
export * from './holiday-definitions';
export * from './holidays';
export * from './money';
export * from './result';
