import { claimAt } from './jwt-verifier';

describe('claimAt', () => {
  it('reads a top-level claim', () => {
    expect(claimAt({ roles: ['agent'] }, 'roles')).toEqual(['agent']);
  });

  it('reads a nested claim by dot path', () => {
    expect(claimAt({ realm_access: { roles: ['compliance'] } }, 'realm_access.roles')).toEqual(['compliance']);
  });

  it('returns undefined when a step is missing or not an object', () => {
    expect(claimAt({ realm_access: 'x' }, 'realm_access.roles')).toBeUndefined();
    expect(claimAt({}, 'a.b.c')).toBeUndefined();
  });
});
