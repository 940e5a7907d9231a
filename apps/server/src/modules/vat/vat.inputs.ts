import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { labelFields } from '../../core/field-labels.js';

@InputType({ description: "Changes to the store's EU VAT settings; omitted fields stay." })
export class UpdateVatSettingsInput {
  @Field(() => Boolean, { description: 'Whether the store is registered for the One-Stop Shop (OSS).', nullable: true })
  ossRegistered?: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @MaxLength(10)
  ossRegisteredSince?: string | null;
  @Field(() => String, { description: 'The OSS registration country, ISO 3166-1 alpha-2 (LU).', nullable: true })
  @IsOptional()
  @MaxLength(2)
  ossRegistrationCountry?: string | null;
}

@ObjectType({ description: 'EU cross-border B2C sales (excl. VAT) against the €10,000 threshold (Art. 59c)' })
export class VatThreshold {
  @Field(() => Int, { description: 'The calendar year.' }) year!: number;
  @Field(() => Int, { description: 'The EU distance-selling threshold in cents (€10,000 = 1000000).' })
  thresholdCents!: number;
  @Field(() => Int, { description: 'This year so far, credit notes subtracted' }) currentYearCents!: number;
  @Field(() => Int, { description: "Last year's cross-border B2C sales in cents, excluding VAT." })
  previousYearCents!: number;
  @Field(() => Int, { description: "This year's sales as a share of the threshold, in percent." })
  currentYearPercent!: number;
  @Field(() => Int, { description: "Last year's sales as a share of the threshold, in percent." })
  previousYearPercent!: number;
  @Field(() => Int, { description: 'Of this year: sales declared as made outside Orion' })
  currentYearOutsideOrionCents!: number;
  @Field(() => Int, { description: "Last year's sales declared as made outside Orion, in cents." })
  previousYearOutsideOrionCents!: number;
  @Field({ description: '80 % of the threshold reached this year (not above it yet)' }) warning!: boolean;
  @Field({ description: 'Above the threshold this year or last year' }) exceeded!: boolean;
  @Field({ description: 'Whether the store is registered for OSS.' }) ossRegistered!: boolean;
  @Field({ description: "EU consumers are charged their country's VAT" }) destinationVat!: boolean;
  @Field({ description: 'What the figures mean for the store, in words.' }) message!: string;
}

labelFields(UpdateVatSettingsInput, {
  ossRegistered: 'OSS registration',
  ossRegisteredSince: 'OSS registered since',
  ossRegistrationCountry: 'OSS registration country',
});
