import { defineErrors } from '../../core/error-codes.js';

export const VAT_ERRORS = defineErrors('vat', {
  VAT_NUMBER_UNVERIFIED: {
    kind: 'CONFLICT',
    params: ['vatNumber', 'ifChargedAsConsumer'],
    description:
      "The business buyer's VAT number could not be verified in VIES, so the sale cannot be zero-rated. Check it again (`checkCustomerVatNumber`) or invoice as a consumer (`issueInvoice(input: { asConsumer: true })`, regime in `extensions.ifChargedAsConsumer`).",
  },
  VAT_REGIME_NOT_SUPPORTED: {
    kind: 'BAD_USER_INPUT',
    params: ['vatError'],
    description: 'The sale falls under a VAT regime Orion does not invoice yet (`extensions.vatError`).',
  },
  UNKNOWN_COUNTRY: {
    kind: 'BAD_USER_INPUT',
    params: ['country'],
    description:
      "The order's shipping country is not an ISO 3166-1 code (stored before countries were checked): correct the address before invoicing, never a 0 % export.",
  },
  NO_VAT_NUMBER: { kind: 'BAD_USER_INPUT', params: [], description: 'The customer has no VAT number to check.' },
});
