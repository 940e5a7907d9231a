import { defineErrors } from '../../core/error-codes.js';
import { DomainError } from '../../core/errors.js';

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
  ADJUSTMENT_DIRECTION_MISMATCH: {
    kind: 'BAD_USER_INPUT',
    params: ['adjustReason', 'direction', 'fields'],
    description:
      'The sign of the quantity contradicts the reason: damaged, lost, theft and sample only remove stock; received and returned only add (`extensions.direction`).',
  },
  STOCK_LIMIT_EXCEEDED: {
    kind: 'BAD_USER_INPUT',
    params: ['max', 'fields'],
    description: 'The movement would take a location past `extensions.max` pieces of a product.',
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
