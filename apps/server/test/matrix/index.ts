import { catalogRows } from './catalog.js';
import { customerRows } from './customers.js';
import { inventoryRows } from './inventory.js';
import { invoicingRows } from './invoicing.js';
import { letzshopRows } from './letzshop.js';
import { mailRows } from './mail.js';
import { orderRows } from './orders.js';
import { purchasingRows } from './purchasing.js';
import { subscriptionRows } from './subscriptions.js';
import { teamRows } from './team.js';
import type { MatrixRow } from './types.js';
import { vatRows } from './vat.js';

/** Every store-scoped operation of the API; a module adds its file here. */
export const MATRIX: MatrixRow[] = [
  ...teamRows,
  ...catalogRows,
  ...customerRows,
  ...inventoryRows,
  ...orderRows,
  ...subscriptionRows,
  ...invoicingRows,
  ...letzshopRows,
  ...vatRows,
  ...mailRows,
  ...purchasingRows,
];
