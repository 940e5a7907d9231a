import type { MatrixRow } from './types.js';

const everyone = ['owner', 'manager', 'staff', 'accountant'] as MatrixRow['allowed'];

export const vatRows: MatrixRow[] = [
  { op: 'vatRates', query: '{ vatRates(country: "LU", asOf: "2024-01-01") { rateBp } }', allowed: everyone },
];
