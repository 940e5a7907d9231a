import { defineErrors } from '../../core/error-codes.js';

export const CATALOG_ERRORS = defineErrors('catalog', {
  SKU_TAKEN: {
    kind: 'CONFLICT',
    params: ['fields', 'sku'],
    description: 'Another product of the store already has this SKU (`extensions.sku`).',
  },
  PRODUCT_HAS_ORDERS: {
    kind: 'CONFLICT',
    params: ['sku'],
    description: 'The product appears on order lines, so it cannot be deleted; archive it instead.',
  },
  PRODUCT_HAS_HISTORY: {
    kind: 'CONFLICT',
    params: ['sku'],
    description: 'The product has stock movements, so it cannot be deleted; archive it to keep the audit trail.',
  },
  CSV_BODY_EXPECTED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'A CSV upload needs the file as the request body with `Content-Type: text/csv`.',
  },
  CSV_TOO_LARGE: {
    kind: 'BAD_USER_INPUT',
    params: ['maxMegabytes'],
    description: 'The uploaded file is larger than `extensions.maxMegabytes` MB.',
  },
  CSV_ENCODING: { kind: 'BAD_USER_INPUT', params: [], description: 'The uploaded file is not UTF-8.' },
  CSV_UNREADABLE: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The file cannot be read as CSV; `extensions.line` is near where, when known.',
  },
  CSV_COLUMNS_MISSING: {
    kind: 'BAD_USER_INPUT',
    params: ['missing'],
    description: 'The header row lacks required columns (`extensions.missing`).',
  },
  CSV_COLUMNS_DUPLICATED: {
    kind: 'BAD_USER_INPUT',
    params: ['duplicated'],
    description: 'The header row names a column more than once (`extensions.duplicated`).',
  },
});
