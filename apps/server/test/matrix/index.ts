import { apiKeyRows } from './api-keys.js';
import { accountingRows } from './accounting.js';
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
  // Before the subscription mutations, which change the store's plan (the export needs Business).
  ...accountingRows,
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
  ...apiKeyRows,
  ...purchasingRows,
];
