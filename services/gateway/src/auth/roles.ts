/**
 * Roles a caller may hold. `agent` works debtors' accounts, `supervisor` oversees agents and
 * their settings, `integration` is a CRM or dialer acting for agents, `compliance` audits and
 * responds to regulators, `admin` runs the platform's configuration.
 */
export const ROLES = ['agent', 'supervisor', 'integration', 'compliance', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
