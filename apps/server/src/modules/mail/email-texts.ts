import type { MailLanguage } from './email-layout.js';

/** Subjects and bodies of every message, per language. `{x}` are filled in by `fill`. */
export const EMAIL_TEXTS = {
  en: {
    invoiceSubject: 'Invoice {number} from {store}',
    creditNoteSubject: 'Credit note {number} from {store}',
    invoiceHeading: 'Your invoice {number}',
    creditNoteHeading: 'Your credit note {number}',
    greeting: 'Hello {name},',
    invoiceBody: 'Please find attached invoice {number} of {date} for {amount}.',
    invoiceDue: 'It is due on {due}.',
    creditNoteBody: 'Please find attached credit note {number} of {date} for {amount}, correcting invoice {credited}.',
    invoiceThanks: 'Thank you for your order.',
    invoiceFooter: 'This message was sent by {store} through Orion. Reply to this e-mail to reach {store}.',
    invitationSubject: '{inviter} invites you to {store} on Orion',
    invitationHeading: 'Join {store} on Orion',
    invitationBody: '{inviter} invites you to work in {store} as {role}.',
    invitationExpiry: 'The link is valid until {expires}.',
    invitationButton: 'Accept the invitation',
    invitationFooter: 'If you were not expecting this invitation, you can ignore this e-mail.',
    resetSubject: 'Reset your Orion password',
    resetHeading: 'Reset your password',
    resetBody: 'Someone — hopefully you — asked to reset the password of your Orion account {email}.',
    resetExpiry: 'The link works once and for one hour. Resetting signs you out of every other device.',
    resetButton: 'Choose a new password',
    resetFooter: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    alertFooter: 'You receive alerts as an owner of {store}. You can turn them off in your profile.',
    alertSyncSubject: 'Letzshop sync failing for {store}',
    alertSyncHeading: 'The Letzshop sync keeps failing',
    alertSyncBody: 'The last {count} Letzshop syncs of {store} failed. The latest error: {error}',
    alertSyncAction: 'Check the Letzshop key and settings in Orion; new orders are not imported until a sync succeeds.',
    alertAllowanceSubject: '{store} has used {percent} % of its monthly orders',
    alertAllowanceHeading: '{percent} % of the monthly order allowance used',
    alertAllowanceBody: '{store} has taken {used} of the {limit} orders of its {tier} plan this month (until {end}).',
    alertAllowanceFull: 'New orders are refused, and Letzshop orders wait, until the next month or an upgrade.',
    alertAllowanceNear: 'Upgrade the plan to keep taking orders once the allowance is used up.',
    alertOssSubject: '{store} crossed the EU distance-selling threshold',
    alertOssHeading: 'EU distance-selling threshold crossed',
    alertOssBody:
      'Sales to consumers in other EU countries reached {amount} in {year}, over the EUR 10,000 threshold. From now on, VAT of the customer’s country applies (OSS).',
    button: 'Open Orion',
  },
  fr: {
    invoiceSubject: 'Facture {number} de {store}',
    creditNoteSubject: 'Note de crédit {number} de {store}',
    invoiceHeading: 'Votre facture {number}',
    creditNoteHeading: 'Votre note de crédit {number}',
    greeting: 'Bonjour {name},',
    invoiceBody: 'Veuillez trouver ci-joint la facture {number} du {date} d’un montant de {amount}.',
    invoiceDue: 'Elle est payable au plus tard le {due}.',
    creditNoteBody:
      'Veuillez trouver ci-joint la note de crédit {number} du {date} d’un montant de {amount}, qui corrige la facture {credited}.',
    invoiceThanks: 'Merci pour votre commande.',
    invoiceFooter: 'Ce message vous est envoyé par {store} via Orion. Répondez à cet e-mail pour joindre {store}.',
    invitationSubject: '{inviter} vous invite à rejoindre {store} sur Orion',
    invitationHeading: 'Rejoignez {store} sur Orion',
    invitationBody: '{inviter} vous invite à travailler dans {store} en tant que {role}.',
    invitationExpiry: 'Le lien est valable jusqu’au {expires}.',
    invitationButton: 'Accepter l’invitation',
    invitationFooter: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.',
    resetSubject: 'Réinitialisez votre mot de passe Orion',
    resetHeading: 'Réinitialiser votre mot de passe',
    resetBody:
      'Quelqu’un — vous, nous l’espérons — a demandé la réinitialisation du mot de passe de votre compte Orion {email}.',
    resetExpiry:
      'Le lien ne sert qu’une fois et reste valable une heure. La réinitialisation vous déconnecte de tous vos autres appareils.',
    resetButton: 'Choisir un nouveau mot de passe',
    resetFooter: 'Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.',
    alertFooter:
      'Vous recevez ces alertes en tant que propriétaire de {store}. Vous pouvez les désactiver dans votre profil.',
    alertSyncSubject: 'La synchronisation Letzshop de {store} échoue',
    alertSyncHeading: 'La synchronisation Letzshop échoue à répétition',
    alertSyncBody: 'Les {count} dernières synchronisations Letzshop de {store} ont échoué. Dernière erreur : {error}',
    alertSyncAction:
      'Vérifiez la clé et les réglages Letzshop dans Orion ; les nouvelles commandes ne sont importées qu’après une synchronisation réussie.',
    alertAllowanceSubject: '{store} a utilisé {percent} % de ses commandes mensuelles',
    alertAllowanceHeading: '{percent} % du quota mensuel de commandes utilisé',
    alertAllowanceBody:
      '{store} a enregistré {used} des {limit} commandes de son forfait {tier} ce mois-ci (jusqu’au {end}).',
    alertAllowanceFull:
      'Les nouvelles commandes sont refusées, et les commandes Letzshop attendent, jusqu’au mois prochain ou à un changement de forfait.',
    alertAllowanceNear:
      'Passez à un forfait supérieur pour continuer à prendre des commandes une fois le quota atteint.',
    alertOssSubject: '{store} a dépassé le seuil européen des ventes à distance',
    alertOssHeading: 'Seuil européen des ventes à distance dépassé',
    alertOssBody:
      'Les ventes à des consommateurs d’autres pays de l’UE ont atteint {amount} en {year}, au-delà du seuil de 10 000 EUR. Désormais, la TVA du pays du client s’applique (OSS).',
    button: 'Ouvrir Orion',
  },
  de: {
    invoiceSubject: 'Rechnung {number} von {store}',
    creditNoteSubject: 'Gutschrift {number} von {store}',
    invoiceHeading: 'Ihre Rechnung {number}',
    creditNoteHeading: 'Ihre Gutschrift {number}',
    greeting: 'Guten Tag {name},',
    invoiceBody: 'anbei erhalten Sie die Rechnung {number} vom {date} über {amount}.',
    invoiceDue: 'Sie ist bis zum {due} zahlbar.',
    creditNoteBody: 'anbei erhalten Sie die Gutschrift {number} vom {date} über {amount} zur Rechnung {credited}.',
    invoiceThanks: 'Vielen Dank für Ihre Bestellung.',
    invoiceFooter:
      'Diese Nachricht sendet Ihnen {store} über Orion. Antworten Sie auf diese E-Mail, um {store} zu erreichen.',
    invitationSubject: '{inviter} lädt Sie zu {store} auf Orion ein',
    invitationHeading: 'Treten Sie {store} auf Orion bei',
    invitationBody: '{inviter} lädt Sie ein, in {store} als {role} mitzuarbeiten.',
    invitationExpiry: 'Der Link ist bis zum {expires} gültig.',
    invitationButton: 'Einladung annehmen',
    invitationFooter: 'Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
    resetSubject: 'Setzen Sie Ihr Orion-Passwort zurück',
    resetHeading: 'Passwort zurücksetzen',
    resetBody: 'Jemand – hoffentlich Sie – hat angefordert, das Passwort Ihres Orion-Kontos {email} zurückzusetzen.',
    resetExpiry:
      'Der Link funktioniert einmal und eine Stunde lang. Das Zurücksetzen meldet Sie auf allen anderen Geräten ab.',
    resetButton: 'Neues Passwort wählen',
    resetFooter: 'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
    alertFooter: 'Sie erhalten diese Hinweise als Inhaber von {store}. In Ihrem Profil können Sie sie abschalten.',
    alertSyncSubject: 'Letzshop-Synchronisierung von {store} schlägt fehl',
    alertSyncHeading: 'Die Letzshop-Synchronisierung schlägt wiederholt fehl',
    alertSyncBody:
      'Die letzten {count} Letzshop-Synchronisierungen von {store} sind fehlgeschlagen. Letzter Fehler: {error}',
    alertSyncAction:
      'Prüfen Sie den Letzshop-Schlüssel und die Einstellungen in Orion; neue Bestellungen werden erst nach einer erfolgreichen Synchronisierung importiert.',
    alertAllowanceSubject: '{store} hat {percent} % seiner monatlichen Bestellungen verbraucht',
    alertAllowanceHeading: '{percent} % des monatlichen Bestellkontingents verbraucht',
    alertAllowanceBody:
      '{store} hat diesen Monat {used} der {limit} Bestellungen seines Tarifs {tier} angenommen (bis {end}).',
    alertAllowanceFull:
      'Neue Bestellungen werden abgelehnt und Letzshop-Bestellungen warten bis zum nächsten Monat oder einem Tarifwechsel.',
    alertAllowanceNear:
      'Wechseln Sie in einen höheren Tarif, um auch nach Ausschöpfen des Kontingents Bestellungen anzunehmen.',
    alertOssSubject: '{store} hat die EU-Schwelle für Fernverkäufe überschritten',
    alertOssHeading: 'EU-Schwelle für Fernverkäufe überschritten',
    alertOssBody:
      'Die Verkäufe an Verbraucher in anderen EU-Ländern haben {year} {amount} erreicht und damit die Schwelle von 10.000 EUR überschritten. Ab jetzt gilt die Mehrwertsteuer des Landes des Kunden (OSS).',
    button: 'Orion öffnen',
  },
} as const satisfies Record<MailLanguage, Record<string, string>>;

export type EmailTextKey = keyof (typeof EMAIL_TEXTS)['en'];

export const ROLE_NAMES: Record<MailLanguage, Record<string, string>> = {
  en: { owner: 'owner', manager: 'manager', staff: 'staff member', accountant: 'accountant' },
  fr: { owner: 'propriétaire', manager: 'gérant·e', staff: 'collaborateur·rice', accountant: 'comptable' },
  de: { owner: 'Inhaber', manager: 'Manager', staff: 'Mitarbeiter', accountant: 'Buchhalter' },
};

/** The text `key` in `lang` with its `{placeholders}` filled in. */
export function t(lang: MailLanguage, key: EmailTextKey, vars: Record<string, string | number> = {}): string {
  return EMAIL_TEXTS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

const LOCALES: Record<MailLanguage, string> = { en: 'en-GB', fr: 'fr-LU', de: 'de-LU' };

export const formatMoney = (lang: MailLanguage, cents: number, currency = 'EUR') =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(cents / 100);

export const formatDate = (lang: MailLanguage, d: Date | string) =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Luxembourg' }).format(
    typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d,
  );
