import { ConfigError } from '@bitacora/config';
import { DEFAULT_CONTACT_POLICY_SETTINGS } from '../policy';
import { contactPolicySettingsFrom } from './policy-settings-config';

describe('contactPolicySettingsFrom', () => {
  it('returns the defaults without a patch', () => {
    expect(contactPolicySettingsFrom(undefined)).toBe(DEFAULT_CONTACT_POLICY_SETTINGS);
  });

  it('applies a patch that raises the version', () => {
    const settings = contactPolicySettingsFrom('{"pendingPromise":{"version":2,"promisePendingBlocksContact":true},"nextAllowedSearchDays":60}');

    expect(settings.pendingPromise).toMatchObject({ id: 'pending_promise', version: 2, promisePendingBlocksContact: true });
    expect(settings.nextAllowedSearchDays).toBe(60);
    expect(settings.contactWindow).toBe(DEFAULT_CONTACT_POLICY_SETTINGS.contactWindow);
  });

  it.each([
    ['malformed JSON', '{'],
    ['an array', '[]'],
    ['an unknown rule', '{"nightCalls":{"version":2}}'],
    ['an unchanged version', '{"dailyLimit":{"version":1,"maxContactsPerDay":2}}'],
    ['an out-of-range value', '{"dailyLimit":{"version":2,"maxContactsPerDay":0}}'],
    ['a window that ends before it starts', '{"contactWindow":{"version":2,"saturday":{"start":"15:00","end":"08:00"}}}'],
  ])('rejects %s with a ConfigError', (_case, json) => {
    expect(() => contactPolicySettingsFrom(json)).toThrow(ConfigError);
  });
});
