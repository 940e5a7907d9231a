import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { API_KEY_ERRORS } from '../modules/api-keys/api-keys.errors.js';
import { AUTH_ERRORS } from '../modules/auth/auth.errors.js';
import { CATALOG_ERRORS } from '../modules/catalog/catalog.errors.js';
import { CUSTOMER_ERRORS } from '../modules/customers/customers.errors.js';
import { INVENTORY_ERRORS } from '../modules/inventory/inventory.errors.js';
import { INVOICING_ERRORS } from '../modules/invoicing/invoicing.errors.js';
import { LETZSHOP_ERRORS } from '../modules/letzshop/letzshop.errors.js';
import { MAIL_ERRORS } from '../modules/mail/mail.errors.js';
import { ORDER_ERRORS } from '../modules/orders/orders.errors.js';
import { PERSONAL_DATA_ERRORS } from '../modules/personal-data/personal-data.errors.js';
import { PURCHASING_ERRORS } from '../modules/purchasing/purchasing.errors.js';
import { SUBSCRIPTION_ERRORS } from '../modules/subscriptions/subscription.errors.js';
import { TEAM_ERRORS } from '../modules/team/team.errors.js';
import { VAT_ERRORS } from '../modules/vat/vat.errors.js';
import { DASHBOARD_ERRORS } from '../modules/dashboard/dashboard.errors.js';
import { CORE_ERRORS } from '../core/core.errors.js';
import type { ErrorSpec } from '../core/error-codes.js';

/**
 * Every error code the API answers, one list per module. A module adds its `<domain>.errors.ts`
 * here; `defineErrors` refuses a code two modules declare.
 */
export const ERROR_CATALOGUE = {
  ...CORE_ERRORS,
  ...AUTH_ERRORS,
  ...TEAM_ERRORS,
  ...CATALOG_ERRORS,
  ...CUSTOMER_ERRORS,
  ...INVENTORY_ERRORS,
  ...ORDER_ERRORS,
  ...SUBSCRIPTION_ERRORS,
  ...INVOICING_ERRORS,
  ...LETZSHOP_ERRORS,
  ...VAT_ERRORS,
  ...MAIL_ERRORS,
  ...PERSONAL_DATA_ERRORS,
  ...DASHBOARD_ERRORS,
  ...API_KEY_ERRORS,
  ...PURCHASING_ERRORS,
} satisfies Record<string, ErrorSpec>;

declare module '../core/error-codes.js' {
  interface ErrorCodes extends Record<keyof typeof ERROR_CATALOGUE, true> {}
}

/** A catalogued error code: the type of `DomainError.code` and of `extensions.reason`. */
export type ErrorReason = keyof typeof ERROR_CATALOGUE;

/** The codes as a GraphQL enum value map (`ErrorReason.OUT_OF_STOCK === 'OUT_OF_STOCK'`). */
export const ErrorReason = Object.fromEntries(Object.keys(ERROR_CATALOGUE).map((c) => [c, c])) as {
  [K in ErrorReason]: K;
};

const paramsNote = (spec: ErrorSpec) =>
  spec.params.length ? ` Extensions: ${spec.params.map((p) => `\`${p}\``).join(', ')}.` : '';

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'The specific reason of a refused request, in `extensions.reason` of a GraphQL error (and `error.reason` of a REST error). `extensions.code` gives its class (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS); the other extensions are the parameters a client may put in its own message.',
  valuesConfig: Object.fromEntries(
    Object.entries(ERROR_CATALOGUE).map(([code, spec]) => [
      code,
      { description: `${spec.kind}. ${spec.description}${paramsNote(spec)}` },
    ]),
  ),
});

/**
 * Never returned by a field: documents what every GraphQL error carries in `extensions`, and puts
 * `ErrorReason` into the schema (and so into the SPA's generated types).
 */
@ObjectType({ description: 'What a GraphQL error of the API carries in `extensions`.' })
export class ErrorExtensions {
  @Field({
    description:
      'The class: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, or INTERNAL_SERVER_ERROR for a fault on our side (with `requestId`).',
  })
  code!: string;

  @Field(() => ErrorReason, { nullable: true, description: 'The specific reason; absent for INTERNAL_SERVER_ERROR.' })
  reason?: ErrorReason;
}
