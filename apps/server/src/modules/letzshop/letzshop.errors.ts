import { defineErrors } from '../../core/error-codes.js';

export const LETZSHOP_ERRORS = defineErrors('letzshop', {
  LETZSHOP_NOT_CONNECTED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The store has no Letzshop API key yet; save one in the Letzshop settings.',
  },
  LETZSHOP_UNAVAILABLE: {
    kind: 'CONFLICT',
    params: ['letzshopCode'],
    description:
      'Letzshop could not be reached or answered with an error (`extensions.letzshopCode`); nothing was changed.',
  },
  LETZSHOP_REFUSED: {
    kind: 'CONFLICT',
    params: ['errors'],
    description: 'Letzshop refused the action (`extensions.errors` gives its reasons); nothing was changed.',
  },
  NOT_A_LETZSHOP_ORDER: { kind: 'BAD_USER_INPUT', params: [], description: 'The order did not come from Letzshop.' },
  ORDER_NOT_OPEN: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The order is no longer pending or processing: its items cannot be confirmed or declined.',
  },
  NOTHING_TO_DECIDE: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The chosen items were already confirmed or declined.',
  },
  UNITS_UNDECIDED: {
    kind: 'CONFLICT',
    params: ['orderNumber', 'items', 'units'],
    description:
      'Tracking needs every item of the order decided: `extensions.units` lists those neither confirmed nor declined (`items` in words). Decide them, or send the tracking with `declineRemaining: true`.',
  },
  LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description:
      'The endpoint was changed without giving the API key again: a stored key is only ever sent to the endpoint it was saved for.',
  },
  LETZSHOP_KEY_FOR_OTHER_ENDPOINT: {
    kind: 'CONFLICT',
    params: [],
    description: 'The stored API key was saved for another endpoint (changed outside Orion): enter the key again.',
  },
  LETZSHOP_ENDPOINT_NOT_ALLOWED: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description:
      'The endpoint is not https on `LETZSHOP_ALLOWED_HOSTS` (outside production: also the simulator on a loopback address).',
  },
  ORDER_NOT_CONFIRMED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The order cannot be shipped: no item is confirmed yet, or it is past shipping.',
  },
  SINCE_REQUIRED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'A historical import needs the date to import from.',
  },
  SINCE_IN_FUTURE: { kind: 'BAD_USER_INPUT', params: [], description: 'The import date is in the future.' },
  SYNC_ALREADY_RUNNING: {
    kind: 'CONFLICT',
    params: ['runId'],
    description: 'A Letzshop sync is already running for the store (`extensions.runId`).',
  },
});
