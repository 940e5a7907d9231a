import { DomainError } from '../../graphql/errors.js';

export class OutOfStockError extends DomainError {
  constructor(sku: string, requested: number, available: number) {
    super('OUT_OF_STOCK', `Not enough stock for ${sku}: ${requested} requested, ${available} available.`, 'CONFLICT', {
      sku,
      requested,
      available,
    });
  }
}
