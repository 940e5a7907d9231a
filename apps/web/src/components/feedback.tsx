import { Alert, Button, Center, Group, Loader, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconInbox, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMaybeSession } from '../app/session';
import { ErrorReason } from '../gql/enums';
import { describeError, toApiError } from '../lib/graphql-errors';

/** Shows a failed action as a red notification, in the interface language. */
export function useErrorNotification() {
  const { t, i18n } = useTranslation();
  return (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('errors.notDone'),
      message: describeError(toApiError(error), i18n),
      icon: <IconAlertCircle size={18} />,
      autoClose: 8000,
    });
}

/** A query that failed: what went wrong, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const api = toApiError(error);
  if (api.reason === ErrorReason.PERMISSION_DENIED) return <NoAccess />;
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('errors.generic')} data-testid="query-error">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(api, i18n)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A failed query or action, told inline in the interface language. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { i18n } = useTranslation();
  return (
    <Alert color="red" data-testid="error-alert">
      {describeError(toApiError(error), i18n)}
    </Alert>
  );
}

/** A page the role cannot open: says so in words (never the permission's code) and leads back. */
export function NoAccess() {
  const { t } = useTranslation();
  const role = useMaybeSession()?.role;
  return (
    <EmptyState
      icon={<IconLock size={22} />}
      title={t('access.title')}
      description={role ? t('access.body', { role: t(`roles.${role}`) }) : t('access.bodyNoRole')}
      action={
        <Button component={Link} to="/" variant="light" data-testid="no-access-back">
          {t('access.back')}
        </Button>
      }
      testId="no-access"
    />
  );
}

export function EmptyState({
  icon,
  title,
  description,
  action,
  testId,
}: {
  icon?: ReactNode;
  title: string;
  description?: string;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <Center py="xl" px="md" data-testid={testId}>
      <Stack align="center" gap={6} maw={420}>
        <ThemeIcon variant="light" color="gray" size={44} radius="xl">
          {icon ?? <IconInbox size={22} />}
        </ThemeIcon>
        <Text fw={600} ta="center">
          {title}
        </Text>
        {description && (
          <Text size="sm" c="dimmed" ta="center">
            {description}
          </Text>
        )}
        {action && <Group mt="xs">{action}</Group>}
      </Stack>
    </Center>
  );
}

/** Rows of grey bars while a table loads. */
export function TableSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <Stack gap="sm" p="md" data-testid="loading">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={28} radius="sm" />
      ))}
    </Stack>
  );
}

export function FullPageLoader() {
  return (
    <Center h="100vh" data-testid="loading">
      <Loader />
    </Center>
  );
}
