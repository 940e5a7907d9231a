import { graphql } from '../../gql';

export const INVOICE_EMAILS = graphql(`
  query InvoiceEmails($id: ID!) {
    invoice(id: $id) {
      id
      emails { id status attempts toAddress subject language lastError smtpResponse sentAt createdAt }
    }
  }
`);

export const SEND_INVOICE = graphql(`
  mutation SendInvoice($input: SendInvoiceInput!) {
    sendInvoice(input: $input) { email { id status toAddress } invoice { id } }
  }
`);

export const MAIL_SETTINGS = graphql(`
  query MailSettings { mailSettings { senderName replyTo autoSendInvoices } }
`);

export const UPDATE_MAIL_SETTINGS = graphql(`
  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {
    updateMailSettings(input: $input) { senderName replyTo autoSendInvoices }
  }
`);

export const MAIL_PREFERENCES = graphql(`
  query MyMailPreferences { myMailPreferences { alerts } }
`);

export const UPDATE_MAIL_PREFERENCES = graphql(`
  mutation UpdateMailPreferences($input: UpdateMailPreferencesInput!) {
    updateMailPreferences(input: $input) { alerts }
  }
`);

export const DEV_MAILBOX = graphql(`
  query DevMailbox {
    devMailbox {
      id receivedAt messageId from to replyTo subject html text language
      attachments { filename contentType size contentBase64 }
    }
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { me { user { id locale } } }
  }
`);
