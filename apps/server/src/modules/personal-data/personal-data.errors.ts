import { defineErrors } from '../../core/error-codes.js';

export const PERSONAL_DATA_ERRORS = defineErrors('personal-data', {
  MERCHANT_OWNER_ONLY: {
    kind: 'FORBIDDEN',
    params: [],
    description: "An export across the merchant's stores is for owners of the merchant only.",
  },
});
