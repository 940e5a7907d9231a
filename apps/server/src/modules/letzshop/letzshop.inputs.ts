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

@InputType()
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
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: URL_MESSAGE })
  @MaxLength(250)
  endpointUrl?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() autoSync?: boolean;
  @Field(() => Int, { nullable: true, description: '5–1440 minutes' })
  @IsOptional()
  @WholeNumber(5, 1440)
  syncIntervalMinutes?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) defaultCarrier?: string | null;
}

@InputType()
export class TestLetzshopConnectionInput {
  @Field(() => String, { nullable: true, description: 'Test this key instead of the stored one' })
  @IsOptional()
  @MinLength(8, { message: 'looks too short for a Letzshop API key' })
  @MaxLength(500)
  apiKey?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: URL_MESSAGE })
  endpointUrl?: string | null;
}

@ObjectType()
export class LetzshopConnectionTest {
  @Field() ok!: boolean;
  @Field() message!: string;
}

@InputType()
export class StartLetzshopSyncInput {
  @Field(() => SyncKind, { defaultValue: SyncKind.INCREMENTAL }) kind!: SyncKind;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Historical import: shipments completed since' })
  since?: Date | null;
}

@InputType()
export class LetzshopLineDecision {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field({ description: 'true = confirm (available), false = decline' }) available!: boolean;
}

@InputType()
export class DecideLetzshopItemsInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) orderId!: string;
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

@InputType()
export class SetLetzshopTrackingInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) orderId!: string;
  @Field() @MaxLength(40) carrier!: string;
  @Field() @MaxLength(80) trackingNumber!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Decline on Letzshop the items still neither confirmed nor declined, then send the tracking. Without it, tracking with undecided items is refused (UNITS_UNDECIDED).',
  })
  @IsOptional()
  @IsBoolean()
  declineRemaining?: boolean | null;
}

@InputType()
export class LetzshopReturnLine {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) lineId!: string;
  @Field(() => Int, { description: `Units returned, 1–${MAX_LINE_QUANTITY} (never more than were shipped)` })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType()
export class ReturnLetzshopItemsInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) orderId!: string;
  @Field(() => [LetzshopReturnLine]) @ValidateNested({ each: true }) @ArrayMinSize(1) lines!: LetzshopReturnLine[];
}

@ObjectType()
export class LetzshopRefusal {
  @Field(() => String, { nullable: true }) unitId!: string | null;
  @Field() code!: string;
  @Field() message!: string;
}

@ObjectType()
export class LetzshopActionPayload {
  @Field(() => Order) order!: Order;
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
