export type RoleName = 'owner' | 'manager' | 'staff' | 'accountant';
export const NO_ID = '00000000-0000-7000-8000-000000000000';

/**
 * One store-scoped operation and the roles that may run it. Send inputs that fail for domain
 * reasons (unknown ids, duplicates) once past the permission check, so the matrix changes nothing;
 * "allowed" means the answer was anything but FORBIDDEN.
 */
export interface MatrixRow {
  op: string;
  query: string;
  vars?: Record<string, unknown>;
  allowed: RoleName[];
}
