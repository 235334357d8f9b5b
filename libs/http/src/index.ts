export * from './messages';
export * from './errors';
export * from './validation';
export * from './problem-details.filter';
export * from './unsafe-input';
