import { type MatrixRow, NO_ID } from './types.js';

const everyone = ['owner', 'manager', 'staff', 'accountant'] as MatrixRow['allowed'];

export const vatRows: MatrixRow[] = [
  {
    op: 'checkCustomerVatNumber',
    query: `mutation { checkCustomerVatNumber(id: "${NO_ID}") { customer { id } } }`,
    allowed: ['owner', 'manager', 'staff'],
  },
  { op: 'vatSettings', query: '{ vatSettings { ossRegistered } }', allowed: ['owner', 'manager', 'staff'] },
  {
    op: 'updateVatSettings',
    query: 'mutation { updateVatSettings(input: { ossRegisteredSince: "not-a-date" }) { ossRegistered } }',
    allowed: ['owner', 'manager'],
  },
  {
    op: 'setCrossBorderSalesOutsideOrion',
    query: 'mutation { setCrossBorderSalesOutsideOrion(year: 1999, cents: 1) { year } }',
    allowed: ['owner', 'manager'],
  },
  { op: 'vatThreshold', query: '{ vatThreshold { currentYearCents } }', allowed: everyone },
  { op: 'ossReport', query: '{ ossReport(year: 2026, quarter: 1) { totalVatCents } }', allowed: everyone },
  { op: 'vatRates', query: '{ vatRates(country: "LU", asOf: "2024-01-01") { rateBp } }', allowed: everyone },
  { op: 'goodsKinds', query: '{ goodsKinds { kind } }', allowed: everyone },
  { op: 'goodsRates', query: '{ goodsRates(country: "FR") { rateBp } }', allowed: everyone },
  {
    op: 'goodsKindReadiness',
    query: '{ goodsKindReadiness { productsWithoutKind } }',
    allowed: ['owner', 'manager', 'staff'],
  },
  { op: 'productVatOverrides', query: '{ productVatOverrides { id } }', allowed: ['owner', 'manager', 'staff'] },
  {
    op: 'productVatOverrideChanges',
    query: `{ productVatOverrideChanges(productId: "${NO_ID}") { action } }`,
    allowed: ['owner', 'manager', 'staff'],
  },
  {
    op: 'setProductVatOverride',
    query: `mutation { setProductVatOverride(input: { productId: "${NO_ID}", country: "FR", rateCategory: "reduced", note: "x" }) { id } }`,
    allowed: ['owner', 'manager'],
  },
  {
    op: 'removeProductVatOverride',
    query: `mutation { removeProductVatOverride(productId: "${NO_ID}", country: "FR") }`,
    allowed: ['owner', 'manager'],
  },
];
