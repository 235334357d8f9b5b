export * from './provision';
export * from './data-source';
export * from './messaging-tables';
export * from './pg-errors';
