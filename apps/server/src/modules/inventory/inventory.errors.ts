import { defineErrors } from '../../graphql/error-codes.js';
import { DomainError } from '../../graphql/errors.js';

export const INVENTORY_ERRORS = defineErrors('inventory', {
  OUT_OF_STOCK: {
    kind: 'CONFLICT',
    params: ['sku', 'requested', 'available'],
    description:
      'Not enough stock of `extensions.sku`: `extensions.requested` asked, `extensions.available` available.',
  },
  INSUFFICIENT_STOCK: {
    kind: 'CONFLICT',
    params: [],
    description: 'The movement would take stock below zero, or below what is reserved, at the location.',
  },
  LOCATION_EXISTS: {
    kind: 'CONFLICT',
    params: ['fields'],
    description: 'The store already has a location with this warehouse and bin.',
  },
  DIGITAL_PRODUCT: { kind: 'BAD_USER_INPUT', params: [], description: 'A digital product has no stock to manage.' },
});

export class OutOfStockError extends DomainError {
  constructor(sku: string, requested: number, available: number) {
    super('OUT_OF_STOCK', `Not enough stock for ${sku}: ${requested} requested, ${available} available.`, 'CONFLICT', {
      sku,
      requested,
      available,
    });
  }
}
