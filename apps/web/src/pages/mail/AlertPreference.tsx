import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorNotification } from '../../components/feedback';
import { MAIL_PREFERENCES, UPDATE_MAIL_PREFERENCES } from './mail-documents';

/** The signed-in user's opt-out of alert e-mails. */
export function AlertPreference() {
  const { t } = useTranslation();
  const notifyError = useErrorNotification();
  const { data } = useQuery(MAIL_PREFERENCES);
  const [update, { loading }] = useMutation(UPDATE_MAIL_PREFERENCES);
  if (!data) return null;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs">
        <Title order={5}>{t('mail.alerts.title')}</Title>
        <Switch
          checked={data.myMailPreferences.alerts}
          disabled={loading}
          label={t('mail.alerts.label')}
          data-testid="alert-preference"
          onChange={async (e) => {
            try {
              await update({
                variables: { input: { alerts: e.currentTarget.checked } },
                refetchQueries: [MAIL_PREFERENCES],
                awaitRefetchQueries: true,
              });
              notifications.show({ color: 'green', message: t('mail.alerts.saved') });
            } catch (err) {
              notifyError(err);
            }
          }}
        />
        <Text size="xs" c="dimmed">
          {t('mail.alerts.help')}
        </Text>
      </Stack>
    </Card>
  );
}
