import { defineErrors } from '../../core/error-codes.js';

export const INVOICING_ERRORS = defineErrors('invoicing', {
  ORDER_CANCELLED: { kind: 'CONFLICT', params: [], description: 'A cancelled order has nothing to invoice.' },
  INVOICE_SETTINGS_INCOMPLETE: {
    kind: 'BAD_USER_INPUT',
    params: ['missing'],
    description: 'The invoice settings lack details every invoice must print (`extensions.missing`).',
  },
  INVOICE_NOT_PAYABLE: {
    kind: 'CONFLICT',
    params: [],
    description: 'Only an issued invoice (not a paid or cancelled one, nor a credit note) can be marked paid.',
  },
  NOT_AN_INVOICE: { kind: 'BAD_USER_INPUT', params: [], description: 'A credit note cannot be credited again.' },
  INVOICE_ALREADY_CREDITED: {
    kind: 'CONFLICT',
    params: [],
    description: 'Nothing of the invoice remains un-credited.',
  },
  CREDIT_EXCEEDS_INVOICE: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description:
      'The credit note asks for more than remains un-credited on a line or at a VAT rate, or names a line or rate the invoice does not have.',
  },
  UBL_RULES_NOT_MET: {
    kind: 'CONFLICT',
    params: ['problems'],
    description:
      'The document lacks what the Peppol BIS 3 rules need, so its UBL cannot be written (`extensions.problems`: rule, fix, message; see `invoiceUblPreflight`).',
  },
  DATE_RANGE_REVERSED: { kind: 'BAD_USER_INPUT', params: [], description: 'The date range starts after it ends.' },
  DATE_RANGE_TOO_WIDE: {
    kind: 'BAD_USER_INPUT',
    params: ['maxDays'],
    description: 'A ZIP of invoices covers at most `extensions.maxDays` days.',
  },
});
