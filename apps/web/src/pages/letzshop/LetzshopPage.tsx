import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  PasswordInput,
  Progress,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import type { LetzshopRunFieldsFragment } from '../../gql/graphql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { formatDateTime } from '../../lib/money';
import { LETZSHOP_PAGE, LETZSHOP_STATUS, START_SYNC, TEST_CONNECTION, UPDATE_SETTINGS } from './letzshop-documents';
import { ErrorAlert } from '../../components/feedback';

const RUN_COLOR: Record<string, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  INTERRUPTED: 'orange',
};

/** Connection settings, sync now / history import, and the sync history with live progress. */
export function LetzshopPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const page = useQuery(LETZSHOP_PAGE);
  const status = useQuery(LETZSHOP_STATUS);
  const active = (status.data?.letzshopStatus.activeRun ?? null) as LetzshopRunFieldsFragment | null;
  const running = !!active;

  // Live progress: poll while a run is queued or running.
  const { startPolling: pollStatus, stopPolling: stopStatus } = status;
  const { startPolling: pollPage, stopPolling: stopPage } = page;
  useEffect(() => {
    if (!running) return;
    pollStatus(1000);
    pollPage(1000);
    return () => {
      stopStatus();
      stopPage();
    };
  }, [running, pollStatus, pollPage, stopStatus, stopPage]);

  if (page.loading && !page.data) return <Loader />;
  if (page.error) return <ErrorAlert error={page.error} />;
  const settings = page.data?.letzshopSettings ?? null;
  const runs = (page.data?.letzshopSyncRuns ?? []) as LetzshopRunFieldsFragment[];

  return (
    <Stack>
      <Title order={2}>{t('letzshop.title')}</Title>
      <ConnectionCard settings={settings} editable={can('SETTINGS_WRITE')} onSaved={() => void status.refetch()} />
      <SyncCard
        connected={!!status.data?.letzshopStatus.connected}
        active={active}
        waiting={status.data?.letzshopStatus.waitingOrders ?? 0}
        onStarted={() => {
          void status.refetch();
          void page.refetch();
        }}
      />
      <Card withBorder p={0}>
        <Text fw={600} p="md" pb={0}>
          {t('letzshop.runs')}
        </Text>
        <RunsTable runs={runs} />
      </Card>
    </Stack>
  );
}

type Settings = {
  apiKeyLast4?: string | null;
  endpointUrl: string;
  autoSync: boolean;
  syncIntervalMinutes: number;
  defaultCarrier?: string | null;
} | null;

export function ConnectionCard({
  settings,
  editable,
  onSaved,
}: {
  settings: Settings;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [save, { loading }] = useMutation(UPDATE_SETTINGS, { refetchQueries: ['LetzshopPage'] });
  const [test, testing] = useMutation(TEST_CONNECTION);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm({
    initialValues: {
      apiKey: '',
      endpointUrl: settings?.endpointUrl ?? 'https://letzshop.lu/graphql',
      autoSync: settings?.autoSync ?? false,
      syncIntervalMinutes: settings?.syncIntervalMinutes ?? 15,
      defaultCarrier: settings?.defaultCarrier ?? 'post_lu',
    },
    validate: {
      apiKey: (value, values) =>
        needsKeyAgain(settings, values.endpointUrl) && !value.trim() ? t('letzshopEndpoint.keyRequired') : null,
    },
  });
  const keyRequired = needsKeyAgain(settings, form.values.endpointUrl);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('letzshop.connection')}</Text>
        {settings?.apiKeyLast4 ? (
          <Badge color="green" data-testid="letzshop-connected">
            {t('letzshop.connected', { last4: settings.apiKeyLast4 })}
          </Badge>
        ) : (
          <Badge color="gray">{t('letzshop.notConnected')}</Badge>
        )}
      </Group>
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          try {
            await save({
              variables: {
                input: {
                  apiKey: v.apiKey.trim() || undefined,
                  endpointUrl: v.endpointUrl,
                  autoSync: v.autoSync,
                  syncIntervalMinutes: v.syncIntervalMinutes,
                  defaultCarrier: v.defaultCarrier || null,
                },
              },
            });
            form.setFieldValue('apiKey', '');
            notifications.show({ color: 'green', message: t('letzshop.saved') });
            onSaved();
          } catch (err) {
            form.setErrors(fieldErrors(toApiError(err)));
            notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
          }
        })}
      >
        <Stack gap="sm">
          <PasswordInput
            label={t('letzshop.apiKey')}
            description={keyRequired ? t('letzshopEndpoint.keyRequiredHelp') : t('letzshop.apiKeyHelp')}
            placeholder={
              settings?.apiKeyLast4 && !keyRequired
                ? t('letzshop.apiKeyPlaceholderKept', { last4: settings.apiKeyLast4 })
                : ''
            }
            required={keyRequired}
            disabled={!editable}
            autoComplete="off"
            data-testid="letzshop-key"
            {...form.getInputProps('apiKey')}
          />
          <TextInput label={t('letzshop.endpoint')} disabled={!editable} {...form.getInputProps('endpointUrl')} />
          <Group grow align="flex-start">
            <Switch
              mt="lg"
              label={t('letzshop.autoSync')}
              disabled={!editable}
              {...form.getInputProps('autoSync', { type: 'checkbox' })}
            />
            <NumberInput
              label={t('letzshop.interval')}
              min={5}
              max={1440}
              clampBehavior="none"
              allowDecimal={false}
              disabled={!editable}
              {...form.getInputProps('syncIntervalMinutes')}
            />
            <TextInput label={t('letzshop.carrier')} disabled={!editable} {...form.getInputProps('defaultCarrier')} />
          </Group>
          {result && (
            <Alert color={result.ok ? 'green' : 'red'} data-testid="letzshop-test-result">
              {result.message}
            </Alert>
          )}
          {editable && (
            <Group>
              <Button type="submit" loading={loading} data-testid="letzshop-save">
                {t('letzshop.save')}
              </Button>
              <Button
                variant="default"
                loading={testing.loading}
                onClick={async () => {
                  if (keyRequired && !form.values.apiKey.trim()) {
                    form.validateField('apiKey');
                    return;
                  }
                  try {
                    const key = form.values.apiKey.trim();
                    const r = await test({
                      variables: { input: key ? { apiKey: key, endpointUrl: form.values.endpointUrl } : null },
                    });
                    setResult(r.data?.testLetzshopConnection ?? null);
                  } catch (err) {
                    setResult({ ok: false, message: describeError(toApiError(err), i18n) });
                  }
                }}
              >
                {t('letzshop.test')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function SyncCard({
  connected,
  active,
  waiting,
  onStarted,
}: {
  connected: boolean;
  active: LetzshopRunFieldsFragment | null;
  waiting: number;
  onStarted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [start, { loading }] = useMutation(START_SYNC);
  const [since, setSince] = useState<string | null>(null);
  const go = async (input: { kind: 'INCREMENTAL' | 'HISTORICAL'; since?: string } | null) => {
    try {
      await start({ variables: { input: input as never } });
      notifications.show({ color: 'blue', message: t('letzshop.syncStarted') });
      onStarted();
    } catch (err) {
      notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
    }
  };
  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('letzshop.sync')}
      </Text>
      <Stack gap="sm">
        {waiting > 0 && <WaitingAlert count={waiting} />}
        {active && (
          <Stack gap={4} data-testid="letzshop-progress">
            <Text size="sm">
              {t('letzshop.running', { pages: active.pages, fetched: active.fetched, created: active.created })}
            </Text>
            <Progress value={100} animated striped />
          </Stack>
        )}
        {can('LETZSHOP_SYNC') && (
          <Group align="flex-end">
            <Button
              onClick={() => go(null)}
              loading={loading}
              disabled={!connected || !!active}
              data-testid="letzshop-sync-now"
            >
              {t('letzshop.syncNow')}
            </Button>
            <TextInput
              type="date"
              label={t('letzshop.history')}
              value={since ?? ''}
              onChange={(e) => setSince(e.currentTarget.value || null)}
              max={new Date().toISOString().slice(0, 10)}
              w={200}
              data-testid="letzshop-since"
            />
            <Button
              variant="default"
              disabled={!connected || !!active || !since}
              onClick={() => go({ kind: 'HISTORICAL', since: new Date(`${since}T00:00:00Z`).toISOString() })}
            >
              {t('letzshop.historyStart')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function WaitingAlert({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('letzshop.waiting', { count })} data-testid="letzshop-waiting">
      <Group justify="space-between">
        <Text size="sm">{t('letzshop.waitingHelp')}</Text>
        <Button component={Link} to="/plan" size="xs" variant="light">
          {t('letzshop.upgrade')}
        </Button>
      </Group>
    </Alert>
  );
}

function RunsTable({ runs: list }: { runs: LetzshopRunFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  if (!list.length) {
    return (
      <Text c="dimmed" size="sm" p="md">
        {t('letzshop.noRuns')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing="xs" data-testid="letzshop-runs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('letzshop.started')}</Table.Th>
          <Table.Th>{t('letzshop.kind')}</Table.Th>
          <Table.Th>{t('letzshop.status')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.pages')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.created')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.updated')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.unchanged')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.waitingCol')}</Table.Th>
          <Table.Th ta="right">{t('letzshop.failed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Text size="sm">{formatDateTime(r.startedAt ?? r.createdAt, i18n.language)}</Text>
              {r.error && (
                <Text size="xs" c="red">
                  {r.error}
                </Text>
              )}
              {r.problems.slice(0, 3).map((p) => (
                <Text size="xs" c="orange" key={p}>
                  {p}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {r.kind.toLowerCase()} · {r.trigger.toLowerCase()}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={RUN_COLOR[r.status]}>{r.status.toLowerCase()}</Badge>
            </Table.Td>
            <Table.Td ta="right">{r.pages}</Table.Td>
            <Table.Td ta="right">{r.created}</Table.Td>
            <Table.Td ta="right">{r.updated}</Table.Td>
            <Table.Td ta="right">{r.unchanged}</Table.Td>
            <Table.Td ta="right">{r.waiting}</Table.Td>
            <Table.Td ta="right">{r.failed}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The stored key is only sent to the endpoint it was saved for: another endpoint needs the key again. */
function needsKeyAgain(settings: Settings, endpointUrl: string): boolean {
  return !!settings?.apiKeyLast4 && endpointUrl.trim() !== settings.endpointUrl;
}
