import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(de);

type Lang = 'en' | 'fr' | 'de';
const langOf = (l: string): Lang => (l === 'fr' || l === 'de' ? l : 'en');

/**
 * XI (Northern Ireland) is not in ISO 3166-1 proper but the server accepts it: EU VAT treats goods
 * sent there apart from Great Britain. Its name comes from our dictionaries.
 */
const EXTRA = ['XI'] as const;

/** The country's name in the language (from the same list the server checks against), else the code. */
export function countryName(code: string, lang: string, xiName?: string) {
  if (code === 'XI' && xiName) return xiName;
  return countries.getName(code, langOf(lang), { select: 'official' }) ?? code;
}

/** Options sorted by name in the language; `only` limits them (e.g. the EU member states). */
export function countryOptions(lang: string, only?: readonly string[], xiName?: string): ComboboxItem[] {
  const l = langOf(lang);
  const codes = only ?? [...Object.keys(countries.getAlpha2Codes()), ...EXTRA];
  const collator = new Intl.Collator(l);
  return codes
    .map((value) => ({ value, label: countryName(value, l, xiName) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Matches the name (ignoring accents and case) or the code. */
const byNameOrCode: OptionsFilter = ({ options, search }) => {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const q = fold(search.trim());
  if (!q) return options;
  return (options as ComboboxItem[]).filter((o) => fold(o.label).includes(q) || o.value.toLowerCase() === q);
};

/**
 * The one country picker: searchable, names in the user's language, values ISO 3166-1 alpha-2
 * codes as the API wants them.
 */
export function CountrySelect({
  only,
  label,
  ...props
}: Omit<SelectProps, 'data' | 'filter' | 'searchable'> & { only?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language, only, t('countries.XI')), [i18n.language, only, t]);
  return (
    <Select
      label={label ?? t('countries.label')}
      data={data}
      filter={byNameOrCode}
      searchable
      nothingFoundMessage={t('countries.none')}
      {...props}
    />
  );
}
