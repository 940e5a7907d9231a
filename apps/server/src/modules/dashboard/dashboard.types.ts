import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../core/roles.js';
import { labelFields } from '../../core/field-labels.js';
import { WholeNumber } from '../common/ranges.js';
import { OrderStatus } from '../orders/order-enums.js';
import { Tier } from '../subscriptions/tiers.js';

export enum ComparePeriod {
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  PREVIOUS_YEAR = 'PREVIOUS_YEAR',
  NONE = 'NONE',
}
registerEnumType(ComparePeriod, {
  name: 'ComparePeriod',
  description: 'What the figures of a period are compared with',
  valuesConfig: {
    PREVIOUS_PERIOD: { description: 'The as many days just before the period' },
    PREVIOUS_YEAR: { description: 'The same dates one year earlier' },
    NONE: { description: 'No comparison' },
  },
});

export enum Granularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'The size of one point of a sales series',
  valuesConfig: {
    DAY: { description: 'One calendar day (Europe/Luxembourg)' },
    WEEK: { description: 'One ISO week, starting on Monday' },
    MONTH: { description: 'One calendar month' },
  },
});

export enum TopProductsBy {
  REVENUE = 'REVENUE',
  UNITS = 'UNITS',
}
registerEnumType(TopProductsBy, {
  name: 'TopProductsBy',
  description: 'How top products are ranked',
  valuesConfig: {
    REVENUE: { description: 'Line totals incl. VAT' },
    UNITS: { description: 'Units sold' },
  },
});

/** The maximum span of a dashboard period, in days (three years and a day). */
export const MAX_PERIOD_DAYS = 1097;

@InputType({ description: 'Calendar days in Europe/Luxembourg, both inclusive' })
export class PeriodInput {
  @Field(() => LocalDateResolver, { description: 'First day, YYYY-MM-DD' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day, YYYY-MM-DD (inclusive)' }) to!: string;
}
labelFields(PeriodInput, { from: 'From', to: 'To' });

@ArgsType()
export class TopProductsArgs {
  @Field(() => PeriodInput, { description: 'The days whose orders count' }) period!: PeriodInput;
  @Field(() => TopProductsBy, { defaultValue: TopProductsBy.REVENUE, description: 'Ranking' }) by!: TopProductsBy;
  @Field(() => Int, { defaultValue: 10, description: 'How many products, 1 to 50' })
  @WholeNumber(1, 50)
  limit!: number;
  @Field(() => [ID], { nullable: true, description: 'Only these stores of the view; all of them when omitted' })
  storeIds?: string[] | null;
}
labelFields(TopProductsArgs, { limit: 'Number of products', storeIds: 'Stores' });

@ObjectType({ description: 'One store of a merchant view' })
export class DashboardStore {
  @Field(() => ID, { description: 'The store' }) id!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field({ description: 'Its slug' }) slug!: string;
  @Field({ description: 'ISO 4217 currency of its sales' }) currency!: string;
  @Field(() => Tier, { description: 'Its current plan' }) tier!: Tier;
  @Field(() => Role, { description: "The user's role in it" }) role!: Role;
  @Field({
    description:
      'Whether its figures are in the consolidated view: only stores on a plan with the multi-store dashboard are',
  })
  included!: boolean;
  @Field(() => Tier, {
    nullable: true,
    description: 'For a store left out: the cheapest plan that includes the multi-store dashboard',
  })
  requiredTier!: Tier | null;
}

@ObjectType({ description: "One figure of the period, the comparison period's and the change" })
export class Kpi {
  @Field(() => Float, { description: 'The value for the period (cents for amounts)' }) value!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The value for the comparison period; null without one, or for a figure of the present moment',
  })
  previous!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Change against the comparison period in %, one decimal; null when there is nothing to compare',
  })
  changePercent!: number | null;
}

@ObjectType({ description: 'The figures of one currency (money is never converted between currencies)' })
export class CurrencyKpis {
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Kpi, { description: 'Net sales excl. VAT, cents (orders not cancelled)' }) netSales!: Kpi;
  @Field(() => Kpi, { description: 'Gross sales incl. VAT, cents' }) grossSales!: Kpi;
  @Field(() => Kpi, { description: 'VAT on sales, cents' }) vat!: Kpi;
  @Field(() => Kpi, { description: 'Orders placed in the period, not cancelled' }) orders!: Kpi;
  @Field(() => Kpi, { description: 'Units on those orders' }) units!: Kpi;
  @Field(() => Kpi, { description: 'Average order value incl. VAT, whole cents' }) averageOrderValue!: Kpi;
  @Field(() => Kpi, { description: 'Orders of the period now refunded: their total, cents' }) refunds!: Kpi;
  @Field(() => Kpi, { description: 'Orders of the period now refunded: how many' }) refundCount!: Kpi;
  @Field(() => Kpi, {
    description: 'Credit notes issued in the period: the amount credited incl. VAT, cents (positive)',
  })
  creditNotes!: Kpi;
  @Field(() => Kpi, { description: 'Credit notes issued in the period: how many' }) creditNoteCount!: Kpi;
  @Field(() => Kpi, {
    description: "Share in % of the period's orders placed by a customer who had ordered in the store before",
  })
  returningCustomerShare!: Kpi;
  @Field(() => Kpi, { description: 'Now: orders pending or processing' }) waitingOrders!: Kpi;
  @Field(() => Kpi, { description: 'Now: orders pending or processing for more than 48 hours' })
  waitingOver48h!: Kpi;
  @Field(() => Kpi, {
    description: 'Now: Letzshop orders still unconfirmed past the marketplace deadline (48 hours after the order)',
  })
  letzshopUnconfirmedOverdue!: Kpi;
  @Field(() => Kpi, { description: 'Now: invoices not paid past their due date, their total in cents' })
  overdueInvoices!: Kpi;
  @Field(() => Kpi, { description: 'Now: how many invoices are not paid past their due date' })
  overdueInvoiceCount!: Kpi;
  @Field(() => Kpi, { description: 'Now: active products at or below their low-stock threshold' })
  lowStockProducts!: Kpi;
}

@ObjectType({
  description:
    'KPIs of a merchant view. Open purchase orders are not among them yet: purchasing does not exist in Orion yet.',
})
export class DashboardKpis {
  @Field(() => LocalDateResolver, { description: 'The period, first day' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'The period, last day' }) to!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The comparison period, first day' })
  compareFrom!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The comparison period, last day' })
  compareTo!: string | null;
  @Field(() => [ID], { description: 'The stores the figures cover' }) storeIds!: string[];
  @Field(() => [CurrencyKpis], { description: 'One set per currency of those stores' }) currencies!: CurrencyKpis[];
}

@ObjectType({ description: "One point of one store's sales series" })
export class SalesPoint {
  @Field(() => ID, { description: 'The store' }) storeId!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => LocalDateResolver, { description: 'First day of the point (day, Monday of the week, 1st of the month)' })
  start!: string;
  @Field(() => Int, { description: 'Orders, not cancelled' }) orders!: number;
  @Field(() => Float, { description: 'Units' }) units!: number;
  @Field(() => Float, { description: 'Net sales excl. VAT, cents' }) netCents!: number;
  @Field(() => Float, { description: 'Gross sales incl. VAT, cents' }) grossCents!: number;
}

@ObjectType({ description: 'How many orders have a status' })
export class StatusCount {
  @Field(() => OrderStatus, { description: 'The status' }) status!: OrderStatus;
  @Field(() => Int, { description: 'Orders in it now' }) count!: number;
}

@ObjectType({ description: 'A product among the best sellers of a period' })
export class TopProduct {
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field(() => ID, { description: 'Its store' }) storeId!: string;
  @Field({ description: 'Its SKU' }) sku!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Float, { description: 'Units sold (orders not cancelled)' }) units!: number;
  @Field(() => Float, { description: 'Line totals incl. VAT, cents' }) grossCents!: number;
}

@ObjectType({ description: 'One row of the store table: a store, or all stores of one currency' })
export class StoreTableRow {
  @Field(() => ID, { nullable: true, description: 'The store; null on the "All stores" row of a currency' })
  storeId!: string | null;
  @Field({ description: 'ISO 4217 currency' }) currency!: string;
  @Field(() => Kpi, { description: 'Net sales excl. VAT, cents' }) netSales!: Kpi;
  @Field(() => Kpi, { description: 'Gross sales incl. VAT, cents' }) grossSales!: Kpi;
  @Field(() => Kpi, { description: 'Orders, not cancelled' }) orders!: Kpi;
  @Field(() => Kpi, { description: 'Average order value incl. VAT, cents' }) averageOrderValue!: Kpi;
  @Field(() => Int, { description: 'Now: orders pending or processing' }) waitingOrders!: number;
}
