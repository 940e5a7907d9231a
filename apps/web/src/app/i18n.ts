// The dictionaries and set-up live in src/i18n; this module stays for existing imports.
export { default, LANGUAGES, setLanguage } from '../i18n';
