import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { labelFields } from '../../core/field-labels.js';
import { IsCountryCode } from '../common/country.js';
import { Cents, MAX_LINE_QUANTITY, WholeNumber } from '../common/ranges.js';
import { PurchaseOrderStatus } from './po-status.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: 'must be a date as YYYY-MM-DD' };
export const MAX_LEAD_TIME_DAYS = 365;
export const MAX_PO_LINES = 500;
export const MAX_REORDER_QUANTITY = 1_000_000;

@InputType({ description: 'A new supplier' })
export class CreateSupplierInput {
  @Field({ description: 'Company name' }) @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true, description: 'Who to talk to' })
  @IsOptional()
  @MaxLength(120)
  contactPerson?: string | null;
  @Field(() => String, { nullable: true, description: 'Where purchase orders are sent' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number' }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'Street and number' })
  @IsOptional()
  @MaxLength(200)
  addressLine?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal code' }) @IsOptional() @MaxLength(20) postalCode?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'City' }) @IsOptional() @MaxLength(120) city?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code' })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;
  @Field(() => String, { nullable: true, description: 'EU VAT number with its country prefix' })
  @IsOptional()
  @MaxLength(20)
  vatNumber?: string | null;
  @Field(() => Int, { nullable: true, description: `Default lead time in days, 0–${MAX_LEAD_TIME_DAYS}` })
  @IsOptional()
  @WholeNumber(0, MAX_LEAD_TIME_DAYS)
  leadTimeDays?: number | null;
  @Field(() => String, { nullable: true, description: 'Payment terms (free text)' })
  @IsOptional()
  @MaxLength(200)
  paymentTerms?: string | null;
  @Field(() => String, { nullable: true, description: 'Internal notes' }) @IsOptional() @MaxLength(2000) notes?:
    | string
    | null;
}

@InputType({ description: 'Changes to a supplier; omitted fields stay as they are' })
export class UpdateSupplierInput extends CreateSupplierInput {
  @Field(() => ID, { description: 'The supplier' }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field({ nullable: true, description: 'Company name' }) @IsOptional() @MaxLength(200) declare name: string;
}

@InputType({ description: "A product's terms at a supplier (created or replaced)" })
export class SetSupplierProductInput {
  @Field(() => ID, { description: 'The supplier' })
  @IsUUID('all', { message: 'is not a valid id' })
  supplierId!: string;
  @Field(() => ID, { description: 'The product' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => String, { nullable: true, description: "The supplier's article number" })
  @IsOptional()
  @MaxLength(80)
  supplierSku?: string | null;
  @Field(() => Int, { description: 'Unit cost in cents, excluding VAT' }) @Cents() unitCostCents!: number;
  @Field(() => Int, { defaultValue: 1, description: `Order multiple, 1–${MAX_LINE_QUANTITY}` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  packSize: number = 1;
  @Field(() => Int, { defaultValue: 1, description: `Minimum order quantity, 1–${MAX_LINE_QUANTITY}` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  minOrderQuantity: number = 1;
  @Field(() => Int, { nullable: true, description: `Lead time override in days, 0–${MAX_LEAD_TIME_DAYS}` })
  @IsOptional()
  @WholeNumber(0, MAX_LEAD_TIME_DAYS)
  leadTimeDays?: number | null;
  @Field({ defaultValue: false, description: 'The supplier reorder suggestions use' }) preferred: boolean = false;
}

@InputType({ description: 'One line of a purchase order' })
export class PurchaseOrderLineInput {
  @Field(() => ID, { description: 'The product' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => Int, { description: `Quantity, 1–${MAX_LINE_QUANTITY}` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity!: number;
  @Field(() => Int, { nullable: true, description: "Unit cost in cents excl. VAT; default: the supplier's" })
  @IsOptional()
  @Cents()
  unitCostCents?: number | null;
}

@InputType({ description: 'A new draft purchase order' })
export class CreatePurchaseOrderInput {
  @Field(() => ID, { description: 'The supplier' })
  @IsUUID('all', { message: 'is not a valid id' })
  supplierId!: string;
  @Field(() => ID, { nullable: true, description: "Where the goods go; default: the store's first location" })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  deliveryLocationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Expected delivery day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, dateMessage)
  expectedDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes printed on the order' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
  @Field(() => [PurchaseOrderLineInput], { description: `1–${MAX_PO_LINES} lines` })
  @ArrayMinSize(1, { message: 'needs at least one line' })
  @ArrayMaxSize(MAX_PO_LINES, { message: `must have at most ${MAX_PO_LINES} lines` })
  @ValidateNested()
  lines!: PurchaseOrderLineInput[];
}

@InputType({ description: 'Changes to a draft; given lines replace all lines' })
export class UpdatePurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order' }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Another supplier' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Where the goods go' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  deliveryLocationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Expected delivery day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, dateMessage)
  expectedDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes printed on the order' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
  @Field(() => [PurchaseOrderLineInput], { nullable: true, description: 'All lines, replacing the current ones' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'needs at least one line' })
  @ArrayMaxSize(MAX_PO_LINES, { message: `must have at most ${MAX_PO_LINES} lines` })
  @ValidateNested()
  lines?: PurchaseOrderLineInput[] | null;
}

@InputType({ description: 'A new quantity for a line of a sent order' })
export class AmendLineInput {
  @Field(() => ID, { description: 'The order line' }) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field(() => Int, { description: `New quantity ordered, 1–${MAX_LINE_QUANTITY}, not below what was received` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'A logged change of a sent order' })
export class AmendPurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order' }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field(() => [PurchaseOrderLineInput], { nullable: true, description: 'Lines to add' })
  @IsOptional()
  @ArrayMaxSize(MAX_PO_LINES, { message: `must have at most ${MAX_PO_LINES} lines` })
  @ValidateNested()
  addLines?: PurchaseOrderLineInput[] | null;
  @Field(() => [AmendLineInput], { nullable: true, description: 'Quantities to change' })
  @IsOptional()
  @ArrayMaxSize(MAX_PO_LINES, { message: `must have at most ${MAX_PO_LINES} lines` })
  @ValidateNested()
  changeLines?: AmendLineInput[] | null;
  @Field(() => String, { nullable: true, description: 'New expected delivery day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, dateMessage)
  expectedDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Why (kept in the timeline)' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'What arrived of one line at one location' })
export class ReceiveLineInput {
  @Field(() => ID, { description: 'The order line' }) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field(() => Int, { description: `Pieces accepted into stock, 0–${MAX_LINE_QUANTITY}` })
  @WholeNumber(0, MAX_LINE_QUANTITY)
  accepted!: number;
  @Field(() => Int, { defaultValue: 0, description: `Pieces refused as damaged, 0–${MAX_LINE_QUANTITY}` })
  @WholeNumber(0, MAX_LINE_QUANTITY)
  rejected: number = 0;
  @Field(() => ID, { nullable: true, description: "Where it goes; default: the order's delivery location" })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  locationId?: string | null;
}

@InputType({ description: 'A goods receipt against a purchase order' })
export class ReceivePurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order' })
  @IsUUID('all', { message: 'is not a valid id' })
  purchaseOrderId!: string;
  @Field({ description: 'Unique per receipt: the same key replayed books nothing twice (8–100 characters)' })
  @Matches(/^[\w.:-]{8,100}$/, { message: 'must be 8–100 letters, digits, dots, colons, dashes or underscores' })
  idempotencyKey!: string;
  @Field(() => String, { nullable: true, description: "The supplier's delivery-note reference" })
  @IsOptional()
  @MaxLength(100)
  deliveryNote?: string | null;
  @Field(() => [ReceiveLineInput], { description: 'One line may be split over several locations' })
  @ArrayMinSize(1, { message: 'needs at least one line' })
  @ArrayMaxSize(MAX_PO_LINES * 4, { message: `must have at most ${MAX_PO_LINES * 4} lines` })
  @ValidateNested()
  lines!: ReceiveLineInput[];
}

@InputType({ description: 'Reorder point and target of a product at a location' })
export class SetReorderPointInput {
  @Field(() => ID, { description: 'The product' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID, { description: 'The location' })
  @IsUUID('all', { message: 'is not a valid id' })
  locationId!: string;
  @Field(() => Int, { nullable: true, description: `Reorder point, 0–${MAX_REORDER_QUANTITY}; null removes both` })
  @IsOptional()
  @WholeNumber(0, MAX_REORDER_QUANTITY)
  minQuantity?: number | null;
  @Field(() => Int, { nullable: true, description: `Target, from the reorder point to ${MAX_REORDER_QUANTITY}` })
  @IsOptional()
  @WholeNumber(0, MAX_REORDER_QUANTITY)
  maxQuantity?: number | null;
}

@InputType({ description: "The store's purchasing settings; omitted fields stay as they are" })
export class UpdatePurchasingSettingsInput {
  @Field(() => String, { nullable: true, description: 'Number prefix: 1–10 capital letters or digits' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,10}$/, { message: 'must be 1–10 capital letters or digits' })
  poPrefix?: string | null;
  @Field(() => Int, { nullable: true, description: 'Over-receipt tolerance in %, 0–100' })
  @IsOptional()
  @WholeNumber(0, 100)
  overReceiptTolerancePercent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days the velocity rule averages over, 1–365' })
  @IsOptional()
  @WholeNumber(1, 365)
  velocityDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Safety days added to the lead time, 0–365' })
  @IsOptional()
  @WholeNumber(0, 365)
  safetyDays?: number | null;
}

@InputType({ description: 'A filter of the purchase orders list' })
export class PurchaseOrderFilter {
  @Field(() => [PurchaseOrderStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @IsIn(Object.values(PurchaseOrderStatus), { each: true })
  status?: PurchaseOrderStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Of this supplier' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'With a line of this product' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  productId?: string | null;
  @Field(() => String, { nullable: true, description: 'Expected on or before this day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, dateMessage)
  expectedBefore?: string | null;
}

@ArgsType()
export class PurchaseOrderListArgs extends ConnectionArgs {
  @Field(() => PurchaseOrderFilter, { nullable: true, description: 'Narrows the list' })
  @IsOptional()
  @ValidateNested()
  filter?: PurchaseOrderFilter | null;
}

@ArgsType()
export class SupplierListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field({ defaultValue: false, description: 'Include archived suppliers' }) includeArchived: boolean = false;
}

@InputType({ description: 'A suggestion to turn into a draft' })
export class SuggestionSelectionInput {
  @Field(() => ID, { description: 'The product' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID, { nullable: true, description: 'The location (default: the delivery location)' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  locationId?: string | null;
  @Field(() => Int, { nullable: true, description: `Quantity to order, 1–${MAX_LINE_QUANTITY}; default: suggested` })
  @IsOptional()
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity?: number | null;
}

@InputType({ description: 'Suggestions to turn into drafts, one per supplier' })
export class CreatePurchaseOrdersFromSuggestionsInput {
  @Field(() => [SuggestionSelectionInput], { description: 'The selected suggestions' })
  @ArrayMinSize(1, { message: 'needs at least one suggestion' })
  @ArrayMaxSize(MAX_PO_LINES, { message: `must have at most ${MAX_PO_LINES} suggestions` })
  @ValidateNested()
  suggestions!: SuggestionSelectionInput[];
}

@ObjectType({ description: 'Incoming stock of a product' })
export class IncomingStock {
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field(() => Int, { description: 'Σ remaining on sent and partially received orders' }) onOrder!: number;
  @Field(() => String, { nullable: true, description: 'The earliest expected date of those orders' })
  nextExpectedDate!: string | null;
}

labelFields(CreateSupplierInput, {
  name: 'Name',
  contactPerson: 'Contact person',
  email: 'E-mail',
  phone: 'Phone',
  addressLine: 'Address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  vatNumber: 'VAT number',
  leadTimeDays: 'Lead time (days)',
  paymentTerms: 'Payment terms',
  notes: 'Notes',
});
labelFields(SetSupplierProductInput, {
  supplierId: 'Supplier',
  productId: 'Product',
  supplierSku: 'Supplier SKU',
  unitCostCents: 'Unit cost',
  packSize: 'Pack size',
  minOrderQuantity: 'Minimum order quantity',
  leadTimeDays: 'Lead time (days)',
});
labelFields(PurchaseOrderLineInput, { productId: 'Product', quantity: 'Quantity', unitCostCents: 'Unit cost' });
labelFields(CreatePurchaseOrderInput, {
  supplierId: 'Supplier',
  deliveryLocationId: 'Delivery location',
  expectedDate: 'Expected date',
  notes: 'Notes',
  lines: 'Lines',
});
labelFields(AmendLineInput, { lineId: 'Line', quantity: 'Quantity' });
labelFields(AmendPurchaseOrderInput, { addLines: 'New lines', changeLines: 'Changed lines', note: 'Note' });
labelFields(ReceiveLineInput, { lineId: 'Line', accepted: 'Accepted', rejected: 'Damaged', locationId: 'Location' });
labelFields(ReceivePurchaseOrderInput, {
  purchaseOrderId: 'Purchase order',
  idempotencyKey: 'Idempotency key',
  deliveryNote: 'Delivery note',
});
labelFields(SetReorderPointInput, { minQuantity: 'Reorder point', maxQuantity: 'Target stock' });
labelFields(UpdatePurchasingSettingsInput, {
  poPrefix: 'Number prefix',
  overReceiptTolerancePercent: 'Over-receipt tolerance',
  velocityDays: 'Sales period (days)',
  safetyDays: 'Safety days',
});
labelFields(PurchaseOrderFilter, { expectedBefore: 'Expected before' });
labelFields(SuggestionSelectionInput, { quantity: 'Quantity' });
