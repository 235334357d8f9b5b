import { actorOf } from './principal';

describe('actorOf', () => {
  it('names API clients as clients', () => {
    expect(actorOf({ kind: 'api_key', id: 'crm-main', roles: ['agent'] })).toBe('client:crm-main');
  });

  it('names people with tokens as agents', () => {
    expect(actorOf({ kind: 'jwt', id: 'ag-17', roles: ['agent', 'integration'] })).toBe('agent:ag-17');
  });

  it('names integration-only tokens as clients', () => {
    expect(actorOf({ kind: 'jwt', id: 'dialer-7', roles: ['integration'] })).toBe('client:dialer-7');
  });
});
