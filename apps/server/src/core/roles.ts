import { registerEnumType } from 'type-graphql';

export enum Role {
  OWNER = 'owner',
  MANAGER = 'manager',
  STAFF = 'staff',
  ACCOUNTANT = 'accountant',
}
registerEnumType(Role, { name: 'Role', description: 'A member’s role in a store' });
