import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { labelFields } from '../../core/field-labels.js';

@InputType()
export class UpdateVatSettingsInput {
  @Field(() => Boolean, { nullable: true }) ossRegistered?: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @MaxLength(10)
  ossRegisteredSince?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2) ossRegistrationCountry?: string | null;
}

@ObjectType({ description: 'EU cross-border B2C sales (excl. VAT) against the €10,000 threshold (Art. 59c)' })
export class VatThreshold {
  @Field(() => Int) year!: number;
  @Field(() => Int) thresholdCents!: number;
  @Field(() => Int, { description: 'This year so far, credit notes subtracted' }) currentYearCents!: number;
  @Field(() => Int) previousYearCents!: number;
  @Field(() => Int) currentYearPercent!: number;
  @Field(() => Int) previousYearPercent!: number;
  @Field(() => Int, { description: 'Of this year: sales declared as made outside Orion' })
  currentYearOutsideOrionCents!: number;
  @Field(() => Int) previousYearOutsideOrionCents!: number;
  @Field({ description: '80 % of the threshold reached this year (not above it yet)' }) warning!: boolean;
  @Field({ description: 'Above the threshold this year or last year' }) exceeded!: boolean;
  @Field() ossRegistered!: boolean;
  @Field({ description: "EU consumers are charged their country's VAT" }) destinationVat!: boolean;
  @Field() message!: string;
}

labelFields(UpdateVatSettingsInput, {
  ossRegistered: 'OSS registration',
  ossRegisteredSince: 'OSS registered since',
  ossRegistrationCountry: 'OSS registration country',
});
