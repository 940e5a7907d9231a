import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

/** The interface languages (the server's `Locale` enum). */
export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'de', label: 'Deutsch' },
] as const;
export type Language = (typeof LANGUAGES)[number]['value'];

const STORAGE_KEY = 'orion.lang';
const isLanguage = (v: unknown): v is Language => LANGUAGES.some((l) => l.value === v);

/** Before sign-in: the last language used on this device, else the browser's, else English. */
export function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export const resources = { en: { translation: en }, fr: { translation: fr }, de: { translation: de } };

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyDocumentLanguage(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the interface language and remembers it on this device (signed in, `me.user.locale` wins). */
export async function setLanguage(lang: string): Promise<void> {
  if (!isLanguage(lang)) return;
  localStorage.setItem(STORAGE_KEY, lang);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export default i18n;
