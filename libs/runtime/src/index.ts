export * from './tokens';
export * from './infrastructure';
export * from './infrastructure.module';
export * from './health';
export * from './metrics.controller';
export * from './bootstrap';
