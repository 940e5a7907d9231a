import { defineErrors } from '../../core/error-codes.js';

export const MAIL_ERRORS = defineErrors('mail', {
  INVOICE_NO_RECIPIENT: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description:
      'The invoice or credit note cannot be e-mailed: its buyer has no e-mail address (a Letzshop buyer without one is never mailed).',
  },
  DEV_MAILBOX_OFF: {
    kind: 'NOT_FOUND',
    params: [],
    description: 'The development mailbox runs only outside production when `SMTP_URL` is not set.',
  },
});
