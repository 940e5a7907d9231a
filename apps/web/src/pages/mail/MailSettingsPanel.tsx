import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { useErrorNotification } from '../../components/feedback';
import { formErrors, toApiError } from '../../lib/graphql-errors';
import { DEV_MAILBOX, MAIL_SETTINGS, UPDATE_MAIL_SETTINGS } from './mail-documents';

const FIELDS = ['senderName', 'replyTo', 'autoSendInvoices'] as const;

/** The store's e-mail settings: sender name, reply-to, automatic invoice sending. */
export function MailSettingsPanel() {
  const { t } = useTranslation();
  const { can } = useSession();
  const notifyError = useErrorNotification();
  const { data } = useQuery(MAIL_SETTINGS);
  // The development mailbox answers only in development, for owners.
  const mailbox = useQuery(DEV_MAILBOX, { skip: !can('DEV_MAILBOX_READ'), fetchPolicy: 'network-only' });
  const [update, { loading }] = useMutation(UPDATE_MAIL_SETTINGS);
  const form = useForm({ initialValues: { senderName: '', replyTo: '', autoSendInvoices: false } });
  const write = can('SETTINGS_WRITE');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form only when the loaded settings change
  useEffect(() => {
    const s = data?.mailSettings;
    if (!s) return;
    const values = { senderName: s.senderName ?? '', replyTo: s.replyTo ?? '', autoSendInvoices: s.autoSendInvoices };
    form.setValues(values);
    form.resetDirty(values);
  }, [data]);

  const submit = form.onSubmit(async (v) => {
    try {
      await update({
        variables: {
          input: {
            senderName: v.senderName.trim() || null,
            replyTo: v.replyTo.trim() || null,
            autoSendInvoices: v.autoSendInvoices,
          },
        },
      });
      form.resetDirty(v);
      notifications.show({ color: 'green', message: t('mail.settings.saved') });
    } catch (err) {
      const { fields, showMessage } = formErrors(toApiError(err), FIELDS);
      form.setErrors(fields);
      if (showMessage) notifyError(err);
    }
  });

  if (!data) return null;
  return (
    <Paper withBorder p="lg" maw={860} mt="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>{t('mail.settings.title')}</Title>
          <TextInput
            label={t('mail.settings.senderName')}
            description={t('mail.settings.senderNameHelp')}
            disabled={!write}
            data-testid="mail-sender-name"
            {...form.getInputProps('senderName')}
          />
          <TextInput
            label={t('mail.settings.replyTo')}
            description={t('mail.settings.replyToHelp')}
            type="email"
            disabled={!write}
            data-testid="mail-reply-to"
            {...form.getInputProps('replyTo')}
          />
          <Switch
            label={t('mail.settings.autoSend')}
            disabled={!write}
            data-testid="mail-auto-send"
            {...form.getInputProps('autoSendInvoices', { type: 'checkbox' })}
          />
          {write && (
            <Button
              type="submit"
              loading={loading}
              disabled={!form.isDirty()}
              w="fit-content"
              data-testid="mail-settings-save"
            >
              {t('mail.settings.save')}
            </Button>
          )}
          {mailbox.data && (
            <Anchor component={Link} to="/dev/mailbox" size="sm" data-testid="open-dev-mailbox">
              {t('mail.settings.openMailbox')}
            </Anchor>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
