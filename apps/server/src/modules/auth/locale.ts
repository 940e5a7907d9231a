import { registerEnumType } from 'type-graphql';

export enum Locale {
  en = 'en',
  fr = 'fr',
  de = 'de',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'Interface language',
  valuesConfig: { en: { description: 'English.' }, fr: { description: 'French.' }, de: { description: 'German.' } },
});
