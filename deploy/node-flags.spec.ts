import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NODE_FLAGS } from '@bitacora/config';

const deploy = (file: string) => readFileSync(join(__dirname, file), 'utf8');

describe('service heap flags', () => {
  it('match in the local start script', () => {
    expect(deploy('service-node-flags').trim()).toBe(SERVICE_NODE_FLAGS.join(' '));
  });

  it('match in the container image', () => {
    expect(deploy('Dockerfile')).toContain(`ENV SERVICE_NODE_FLAGS="${SERVICE_NODE_FLAGS.join(' ')}"`);
  });
});
