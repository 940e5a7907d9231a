import { registerEnumType } from 'type-graphql';

export enum Role {
  OWNER = 'owner',
  MANAGER = 'manager',
  STAFF = 'staff',
  ACCOUNTANT = 'accountant',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'A member’s role in a store',
  valuesConfig: {
    OWNER: { description: 'Everything, including the plan, the team and API keys.' },
    MANAGER: { description: 'Daily operations and settings; reads the team and the plan.' },
    STAFF: { description: 'Orders, catalogue, stock, customers and invoices; reads settings.' },
    ACCOUNTANT: {
      description: "Reads orders without the buyers' contact data, invoices and exports; records payments.",
    },
  },
});
