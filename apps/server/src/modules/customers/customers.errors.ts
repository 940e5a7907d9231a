import { defineErrors } from '../../core/error-codes.js';

export const CUSTOMER_ERRORS = defineErrors('customers', {
  CUSTOMER_EMAIL_TAKEN: {
    kind: 'CONFLICT',
    params: ['fields'],
    description: 'Another customer of the store has this e-mail address (compared case-insensitively).',
  },
  CUSTOMER_ERASED: {
    kind: 'CONFLICT',
    params: [],
    description: "The customer's personal data were erased (GDPR Art. 17); the record only keeps the orders' amounts.",
  },
});
