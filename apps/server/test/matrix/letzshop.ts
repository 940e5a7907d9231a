import { type MatrixRow, NO_ID } from './types.js';

const sync = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];

export const letzshopRows: MatrixRow[] = [
  { op: 'letzshopSettings', query: '{ letzshopSettings { id } }', allowed: ['owner', 'manager', 'staff'] },
  {
    op: 'updateLetzshopSettings',
    query: 'mutation { updateLetzshopSettings(input: { syncIntervalMinutes: 1 }) { id } }',
    allowed: ['owner', 'manager'],
  },
  {
    op: 'testLetzshopConnection',
    query: 'mutation { testLetzshopConnection { ok } }',
    allowed: ['owner', 'manager'],
  },
  { op: 'letzshopStatus', query: '{ letzshopStatus { connected } }', allowed: sync },
  { op: 'letzshopSyncRuns', query: '{ letzshopSyncRuns { id } }', allowed: sync },
  { op: 'letzshopSyncRun', query: `{ letzshopSyncRun(id: "${NO_ID}") { id } }`, allowed: sync },
  { op: 'startLetzshopSync', query: 'mutation { startLetzshopSync { id } }', allowed: sync },
  {
    op: 'decideLetzshopItems',
    query: `mutation { decideLetzshopItems(input: { orderId: "${NO_ID}", all: true }) { order { id } } }`,
    allowed: sync,
  },
  {
    op: 'setLetzshopTracking',
    query: `mutation { setLetzshopTracking(input: { orderId: "${NO_ID}", carrier: "dpd", trackingNumber: "1" }) { order { id } } }`,
    allowed: sync,
  },
  {
    op: 'returnLetzshopItems',
    query: `mutation { returnLetzshopItems(input: { orderId: "${NO_ID}", lines: [{ lineId: "${NO_ID}", quantity: 1 }] }) { order { id } } }`,
    allowed: sync,
  },
];
