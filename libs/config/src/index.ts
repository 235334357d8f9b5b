export * from './load-config';
export * from './common';
export { z } from 'zod';
