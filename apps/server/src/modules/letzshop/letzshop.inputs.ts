import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_LINE_QUANTITY, WholeNumber } from '../common/ranges.js';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Order } from '../orders/order.entity.js';
import { SyncKind } from './letzshop-sync-run.entity.js';
import { labelFields } from '../../core/field-labels.js';

const URL_MESSAGE = 'must be an http(s) URL';

@InputType({ description: 'Changes to the Letzshop connection; omitted fields stay.' })
export class UpdateLetzshopSettingsInput {
  @Field(() => String, { nullable: true, description: 'A new API key; never returned afterwards' })
  @IsOptional()
  @MinLength(8, { message: 'looks too short for a Letzshop API key' })
  @MaxLength(500)
  apiKey?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Forget the stored API key' })
  @IsOptional()
  @IsBoolean()
  removeApiKey?: boolean;
  @Field({
    description: 'The Letzshop API endpoint (https, on an allowed host); a new endpoint needs the key again.',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: URL_MESSAGE })
  @MaxLength(250)
  endpointUrl?: string;
  @Field({ description: 'Whether to sync automatically.', nullable: true })
  @IsOptional()
  @IsBoolean()
  autoSync?: boolean;
  @Field(() => Int, { nullable: true, description: '5–1440 minutes' })
  @IsOptional()
  @WholeNumber(5, 1440)
  syncIntervalMinutes?: number;
  @Field(() => String, { description: 'The carrier proposed for tracking.', nullable: true })
  @IsOptional()
  @MaxLength(40)
  defaultCarrier?: string | null;
}

@InputType({ description: 'What to test instead of the stored settings.' })
export class TestLetzshopConnectionInput {
  @Field(() => String, { nullable: true, description: 'Test this key instead of the stored one' })
  @IsOptional()
  @MinLength(8, { message: 'looks too short for a Letzshop API key' })
  @MaxLength(500)
  apiKey?: string | null;
  @Field(() => String, { description: 'Another endpoint to test.', nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: URL_MESSAGE })
  endpointUrl?: string | null;
}

@ObjectType({ description: 'The result of a connection test.' })
export class LetzshopConnectionTest {
  @Field({ description: 'Whether Letzshop answered with the key.' }) ok!: boolean;
  @Field({ description: "What happened, in words (never Letzshop's raw answer)." }) message!: string;
}

@InputType({ description: 'A sync to start.' })
export class StartLetzshopSyncInput {
  @Field(() => SyncKind, { description: 'Incremental or historical.', defaultValue: SyncKind.INCREMENTAL })
  kind!: SyncKind;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Historical import: shipments completed since' })
  since?: Date | null;
}

@InputType({ description: 'A decision for one line.' })
export class LetzshopLineDecision {
  @Field(() => ID, { description: 'The order line.' }) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field({ description: 'true = confirm (available), false = decline' }) available!: boolean;
}

@InputType({ description: 'Confirming or declining units of a Letzshop order.' })
export class DecideLetzshopItemsInput {
  @Field(() => ID, { description: 'The Letzshop order.' })
  @IsUUID('all', { message: 'is not a valid id' })
  orderId!: string;
  @Field(() => [LetzshopLineDecision], { nullable: true, description: 'Per line; omit to decide every open item' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  lines?: LetzshopLineDecision[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Without lines: confirm (true) or decline (false) all open items',
  })
  all?: boolean | null;
}

@InputType({ description: 'Tracking for a Letzshop order (ships it).' })
export class SetLetzshopTrackingInput {
  @Field(() => ID, { description: 'The Letzshop order.' })
  @IsUUID('all', { message: 'is not a valid id' })
  orderId!: string;
  @Field({ description: 'The carrier.' }) @MaxLength(40) carrier!: string;
  @Field({ description: "The carrier's tracking number." }) @MaxLength(80) trackingNumber!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Decline on Letzshop the items still neither confirmed nor declined, then send the tracking. Without it, tracking with undecided items is refused (UNITS_UNDECIDED).',
  })
  @IsOptional()
  @IsBoolean()
  declineRemaining?: boolean | null;
}

@InputType({ description: 'Units of one line returned.' })
export class LetzshopReturnLine {
  @Field(() => ID, { description: 'The order line.' }) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field(() => Int, { description: `Units returned, 1–${MAX_LINE_QUANTITY} (never more than were shipped)` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'A return of units of a Letzshop order.' })
export class ReturnLetzshopItemsInput {
  @Field(() => ID, { description: 'The Letzshop order.' })
  @IsUUID('all', { message: 'is not a valid id' })
  orderId!: string;
  @Field(() => [LetzshopReturnLine], { description: 'The lines and units returned (each line once).' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  lines!: LetzshopReturnLine[];
}

@ObjectType({ description: 'Something Letzshop refused.' })
export class LetzshopRefusal {
  @Field(() => String, { description: 'The unit concerned, if one.', nullable: true }) unitId!: string | null;
  @Field({ description: "Letzshop's code." }) code!: string;
  @Field({ description: "Letzshop's reason." }) message!: string;
}

@ObjectType({ description: 'The answer of a Letzshop action: the order and what Letzshop refused.' })
export class LetzshopActionPayload {
  @Field(() => Order, { description: 'The order after the action.' }) order!: Order;
  @Field(() => [LetzshopRefusal], { description: 'Items Letzshop refused (the others were applied)' })
  refused!: LetzshopRefusal[];
}

labelFields(UpdateLetzshopSettingsInput, {
  apiKey: 'API key',
  removeApiKey: 'Remove the API key',
  endpointUrl: 'API address',
  autoSync: 'Automatic sync',
  syncIntervalMinutes: 'Sync interval (minutes)',
  defaultCarrier: 'Default carrier',
});
labelFields(StartLetzshopSyncInput, { kind: 'Import', since: 'Import from' });
labelFields(LetzshopLineDecision, { lineId: 'Line', available: 'Available' });
labelFields(DecideLetzshopItemsInput, { orderId: 'Order', lines: 'Lines', all: 'All items' });
labelFields(LetzshopReturnLine, { lineId: 'Line', quantity: 'Quantity returned' });
labelFields(ReturnLetzshopItemsInput, { orderId: 'Order', lines: 'Lines' });
labelFields(SetLetzshopTrackingInput, { carrier: 'Carrier', trackingNumber: 'Tracking number' });
