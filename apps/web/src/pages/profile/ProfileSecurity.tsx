import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../components/ConfirmAction';
import { QueryError, useErrorNotification } from '../../components/feedback';
import { formErrors, toApiError } from '../../lib/graphql-errors';
import { formatDateTime } from '../../lib/money';
import { CHANGE_PASSWORD, MY_SESSIONS, REVOKE_SESSION, SIGN_OUT_EVERYWHERE } from './profile-documents';

/** Change password: checks the current one; the other sessions are signed out. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const notifyError = useErrorNotification();
  const [change, { loading }] = useMutation(CHANGE_PASSWORD, { refetchQueries: [MY_SESSIONS] });
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { repeat: (v, values) => (v !== values.newPassword ? t('profileSecurity.repeatMismatch') : null) },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      const r = await change({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notifications.show({
        color: 'green',
        message: t('profileSecurity.passwordChanged', { count: r.data?.changePassword.otherSessionsSignedOut ?? 0 }),
      });
    } catch (err) {
      const { fields, showMessage } = formErrors(toApiError(err), ['currentPassword', 'newPassword']);
      form.setErrors(fields);
      if (showMessage) notifyError(err);
    }
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={5}>{t('profileSecurity.passwordTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('profileSecurity.passwordText')}
            </Text>
          </div>
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            required
            data-testid="password-current"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('profileSecurity.newPassword')}
            description={t('auth.newPasswordHelp')}
            autoComplete="new-password"
            required
            data-testid="password-new"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('profileSecurity.repeatPassword')}
            autoComplete="new-password"
            required
            data-testid="password-repeat"
            {...form.getInputProps('repeat')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} data-testid="password-submit">
              {t('profileSecurity.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The user's sessions: when each signed in and was last used, from what; revoke one, or all. */
export function SessionsCard() {
  const { t, i18n } = useTranslation();
  const notifyError = useErrorNotification();
  const { data, error, refetch } = useQuery(MY_SESSIONS, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(REVOKE_SESSION);
  const [everywhere] = useMutation(SIGN_OUT_EVERYWHERE);
  const sessions = data?.mySessions ?? [];

  const revokeOne = async (id: string, current: boolean) => {
    try {
      await revoke({ variables: { input: { id } } });
      if (current) window.location.assign('/sign-in');
      else await refetch();
    } catch (err) {
      notifyError(err);
    }
  };
  const signOutEverywhere = async () => {
    try {
      await everywhere();
      window.location.assign('/sign-in');
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={5}>{t('profileSecurity.sessionsTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('profileSecurity.sessionsText')}
            </Text>
          </div>
          <ConfirmAction
            title={t('profileSecurity.everywhereTitle')}
            message={t('profileSecurity.everywhereMessage', { count: sessions.length })}
            confirmLabel={t('profileSecurity.everywhere')}
            onConfirm={signOutEverywhere}
            testId="sign-out-everywhere"
            buttonProps={{ variant: 'light' }}
          >
            {t('profileSecurity.everywhere')}
          </ConfirmAction>
        </Group>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        <Table data-testid="sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profileSecurity.device')}</Table.Th>
              <Table.Th>{t('profileSecurity.signedIn')}</Table.Th>
              <Table.Th>{t('profileSecurity.lastSeen')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id} data-testid="session-row">
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={s.userAgent ?? undefined}>
                    {s.userAgent ?? t('profileSecurity.unknownDevice')}
                  </Text>
                  <Group gap={6}>
                    {s.ipAddress && (
                      <Text size="xs" c="dimmed">
                        {s.ipAddress}
                      </Text>
                    )}
                    {s.current && (
                      <Badge size="xs" variant="light" data-testid="session-current">
                        {t('profileSecurity.thisDevice')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{formatDateTime(s.lastSeenAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <ConfirmAction
                    title={t('profileSecurity.revokeTitle')}
                    message={s.current ? t('profileSecurity.revokeCurrentMessage') : t('profileSecurity.revokeMessage')}
                    confirmLabel={t('profileSecurity.revoke')}
                    onConfirm={() => revokeOne(s.id, s.current)}
                    testId="session-revoke"
                    buttonProps={{ variant: 'subtle', size: 'xs' }}
                  >
                    {t('profileSecurity.revoke')}
                  </ConfirmAction>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
