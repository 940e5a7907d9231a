import type { StoreCtx } from '../../core/context.js';

/**
 * The context the Letzshop import and actions write with: a store context (a request's, or a
 * job's from `systemContext`) and the store's country, which prices the VAT of imported lines.
 */
export type ImportCtx = StoreCtx & { storeCountry: string };
