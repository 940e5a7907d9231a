import type { Role } from '../../gql/graphql';

export const ROLES: readonly Role[] = ['OWNER', 'MANAGER', 'STAFF', 'ACCOUNTANT'];

export const ROLE_COLOR: Record<Role, string> = {
  OWNER: 'grape',
  MANAGER: 'indigo',
  STAFF: 'teal',
  ACCOUNTANT: 'orange',
};
