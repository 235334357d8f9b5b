import { ConfigError } from '@bitacora/config';
import { ContactPolicySettings, DEFAULT_CONTACT_POLICY_SETTINGS, InvalidContactPolicySettingsError, validateContactPolicySettings } from '../policy';

type SettingsPatch = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies an administrator's JSON patch to the default contact-policy settings. Each changed rule
 * must carry a version higher than the default's, so every decision names the settings that made
 * it. Throws ConfigError naming the variable and the problem.
 */
export function contactPolicySettingsFrom(json: string | undefined, variable = 'CONTACT_POLICY_SETTINGS'): ContactPolicySettings {
  if (json === undefined || json.trim() === '') {
    return DEFAULT_CONTACT_POLICY_SETTINGS;
  }

  let patch: unknown;
  try {
    patch = JSON.parse(json);
  } catch (error) {
    throw new ConfigError([`${variable} is invalid (${(error as Error).message}). Expected: a JSON object keyed by rule, for example {"pendingPromise":{"version":2,"promisePendingBlocksContact":true}}.`]);
  }
  if (!isObject(patch)) {
    throw new ConfigError([`${variable} is invalid (not a JSON object). Expected: a JSON object keyed by rule.`]);
  }

  const merged: Record<string, unknown> = { ...DEFAULT_CONTACT_POLICY_SETTINGS };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(patch as SettingsPatch)) {
    const current = merged[key];
    if (current === undefined) {
      problems.push(`${variable}.${key} is not a contact-policy setting: use one of ${Object.keys(DEFAULT_CONTACT_POLICY_SETTINGS).join(', ')}.`);
      continue;
    }
    if (!isObject(current)) {
      merged[key] = value;
      continue;
    }
    if (!isObject(value) || typeof value.version !== 'number' || value.version <= Number(current.version)) {
      problems.push(`${variable}.${key} must be an object whose version is higher than ${String(current.version)}, the default's.`);
      continue;
    }
    merged[key] = { ...current, ...value, id: current.id };
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  const settings = merged as unknown as ContactPolicySettings;
  try {
    validateContactPolicySettings(settings);
  } catch (error) {
    if (error instanceof InvalidContactPolicySettingsError) {
      throw new ConfigError([`${variable}: ${error.message}`]);
    }
    throw error;
  }

  return settings;
}
