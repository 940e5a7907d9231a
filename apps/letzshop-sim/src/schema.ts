import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';
import type { FaultQueue } from './faults.js';
import { ArgumentError, type PageArgs, type SimulatorState } from './store.js';

/**
 * The GraphQL SDL the simulator serves. Marks follow shared/spec/letzshop-api.md:
 * [known] = documented publicly for Letzshop, [assumed] = our reading where public material stops.
 */
export const LETZSHOP_SDL = `"""
Letzshop seller API, as simulated by @orion/letzshop-sim (contract: shared/spec/letzshop-api.md).
Transport: POST /graphql with "Authorization: Bearer <API key>" [known]; a missing or wrong key
gets HTTP 401 [assumed]. Dates are ISO 8601 strings in UTC [assumed]. Money is a Float in EUR
with at most 2 decimals [assumed: the contract says "decimal"].
"""
schema {
  query: Query
  mutation: Mutation
}

type Query {
  """
  The shop's shipments in a stable order (creation order, oldest first), cursor-paginated
  Relay-style. [assumed: arguments and pagination]
  """
  shipments(
    "Only shipments in this (derived) state; all when omitted. [assumed]"
    state: ShipmentStateEnum
    "Page size: default 50, at most 100 (larger values are clamped). [assumed]"
    first: Int = 50
    "pageInfo.endCursor of the previous page. [assumed]"
    after: String
    "[assumed] Only shipments whose order.completedAt is at or after this ISO 8601 date(-time)."
    completedSince: String
    "[assumed] Only shipments created or changed (updatedAt) at or after this ISO 8601 date(-time)."
    updatedSince: String
  ): ShipmentConnection!
}

"[assumed] Relay-style connection with nodes."
type ShipmentConnection {
  nodes: [Shipment!]!
  pageInfo: PageInfo!
}

"[assumed]"
type PageInfo {
  hasNextPage: Boolean!
  "Cursor of the last node of this page; null when the page is empty."
  endCursor: String
}

"""
Derived from the units [known]: confirmed once at least one unit is confirmed_available (or
returned); declined when every unit is confirmed_unavailable; otherwise unconfirmed.
"""
enum ShipmentStateEnum {
  unconfirmed
  confirmed
  declined
}

"[known] unconfirmed → confirmed_available | confirmed_unavailable; later returned."
enum InventoryUnitStateEnum {
  unconfirmed
  confirmed_available
  confirmed_unavailable
  returned
}

"One Letzshop order as delivered to one seller. [known]"
type Shipment {
  id: ID!
  number: String!
  state: ShipmentStateEnum!
  order: Order!
  "One unit = one piece; quantity = number of units of the same variant. [known]"
  inventoryUnits: [InventoryUnit!]!
  "[assumed] null until tracking is set."
  tracking: Tracking
  "[assumed] Last change of the shipment (ISO 8601, UTC); equals order.completedAt until changed."
  updatedAt: String
}

"[known]"
type Order {
  id: ID!
  number: String!
  email: String
  "Decimal EUR, VAT included: the sum of the unit prices (+ a flat shipping fee if configured). [known: decimal]"
  total: Float!
  "ISO 8601 date-time, UTC. [assumed: format]"
  completedAt: String
  "en | fr | de [known]"
  locale: String
  shipAddress: Address
  billAddress: Address
}

"[known]"
type Address {
  firstName: String
  lastName: String
  company: String
  streetName: String
  streetNumber: String
  city: String
  zipCode: String
  phone: String
  country: Country
}

"[known]"
type Country {
  name: String!
  "ISO 3166-1 alpha-2, upper case"
  iso: String!
}

"[known]"
type InventoryUnit {
  id: ID!
  state: InventoryUnitStateEnum!
  variant: Variant!
}

"[known]"
type Variant {
  id: ID!
  sku: String
  mpn: String
  "Unit price, decimal EUR, VAT included. [known: decimal]"
  price: Float!
  "null when the variant has no trade id. [assumed: nullability]"
  tradeId: TradeId
  product: Product!
}

"[known]"
type TradeId {
  number: String!
  parser: TradeIdParserEnum!
}

"[known: values]"
enum TradeIdParserEnum {
  gtin14
  gtin13
  gtin12
  gtin8
  isbn13
  isbn10
}

"[known]"
type Product {
  name: TranslatedString!
  _brand: BrandUnion
}

"[known]"
type TranslatedString {
  en: String
  fr: String
  de: String
}

"[known]"
union BrandUnion = Brand | BrandUnknown

"[known]"
type Brand {
  id: ID!
  name: String!
}

"[known] A free-text brand that is not in Letzshop's brand list."
type BrandUnknown {
  name: String!
}

"[assumed]"
type Tracking {
  code: String!
  "e.g. post_lu, dhl, dpd, ups"
  provider: String!
}

type Mutation {
  """
  Confirm (isAvailable: true → confirmed_available) or decline (false → confirmed_unavailable)
  units; partial confirmation allowed [known]. Repeating the same decision is a no-op; changing
  a decided or returned unit is an INVALID_TRANSITION error for that unit [assumed]. Valid units
  are applied even when others fail [assumed].
  """
  confirmInventoryUnits(input: ConfirmInventoryUnitsInput!): ConfirmInventoryUnitsPayload!

  """
  [assumed] Stores the tracking (replacing any earlier one). The shipment must be confirmed;
  code and provider must not be empty.
  """
  setShipmentTracking(input: SetShipmentTrackingInput!): SetShipmentTrackingPayload!

  """
  [assumed] confirmed_available → returned. Returning a returned unit again is a no-op; any
  other state is an INVALID_TRANSITION error for that unit.
  """
  returnInventoryUnits(input: ReturnInventoryUnitsInput!): ReturnInventoryUnitsPayload!
}

"[assumed: shape]"
input ConfirmInventoryUnitsInput {
  inventoryUnits: [InventoryUnitConfirmationInput!]!
}

"[assumed: shape]; isAvailable true = confirm, false = decline [known]"
input InventoryUnitConfirmationInput {
  inventoryUnitId: ID!
  isAvailable: Boolean!
}

"[assumed: shape]"
type ConfirmInventoryUnitsPayload {
  "The units named in the input that are now in the requested state (changed or already there)."
  inventoryUnits: [InventoryUnit!]!
  errors: [UserError!]!
}

"[assumed]"
input SetShipmentTrackingInput {
  shipmentId: ID!
  code: String!
  provider: String!
}

"[assumed]"
type SetShipmentTrackingPayload {
  "The shipment (unchanged when there are errors); null when it does not exist."
  shipment: Shipment
  errors: [UserError!]!
}

"[assumed]"
input ReturnInventoryUnitsInput {
  inventoryUnits: [InventoryUnitReturnInput!]!
}

"[assumed]"
input InventoryUnitReturnInput {
  inventoryUnitId: ID!
}

"[assumed]"
type ReturnInventoryUnitsPayload {
  inventoryUnits: [InventoryUnit!]!
  errors: [UserError!]!
}

"""
[assumed] A per-item error in a mutation payload. code: NOT_FOUND | INVALID_TRANSITION |
INVALID_INPUT | INVALID_STATE. id: the inventory unit or shipment concerned.
"""
type UserError {
  id: ID
  code: String!
  message: String!
}
`;

export interface ResolverContext {
  state: SimulatorState;
  faults: FaultQueue;
  /** Called when a repeatNodes fault was applied to this request. */
  onFault(kind: 'repeatNodes'): void;
}

export function buildLetzshopSchema(): GraphQLSchema {
  return buildSchema(LETZSHOP_SDL);
}

function badInput(err: unknown): never {
  if (err instanceof ArgumentError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT' } });
  throw err;
}

/** Root resolvers for `graphql`'s rootValue (default field resolvers read the records). */
export const rootValue = {
  shipments(args: PageArgs, ctx: ResolverContext) {
    try {
      let overlap = 0;
      if (args.after) {
        const fault = ctx.faults.takeForPage();
        if (fault) {
          const first = Math.min(args.first ?? 50, 100);
          overlap = Math.max(0, Math.min(fault.overlap, first - 1));
          ctx.onFault('repeatNodes');
        }
      }
      return ctx.state.page(args, overlap);
    } catch (err) {
      badInput(err);
    }
  },
  confirmInventoryUnits(
    args: { input: { inventoryUnits: { inventoryUnitId: string; isAvailable: boolean }[] } },
    ctx: ResolverContext,
  ) {
    return ctx.state.confirmInventoryUnits(args.input.inventoryUnits);
  },
  setShipmentTracking(args: { input: { shipmentId: string; code: string; provider: string } }, ctx: ResolverContext) {
    return ctx.state.setShipmentTracking(args.input);
  },
  returnInventoryUnits(args: { input: { inventoryUnits: { inventoryUnitId: string }[] } }, ctx: ResolverContext) {
    return ctx.state.returnInventoryUnits(args.input.inventoryUnits);
  },
};
