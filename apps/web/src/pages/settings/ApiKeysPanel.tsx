import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useErrorNotification } from '../../components/feedback';
import { graphql } from '../../gql';
import type { Permission } from '../../gql/graphql';
import { FeatureGate } from '../plan/FeatureGate';
import { STORE_SUBSCRIPTION } from '../plan/plan-documents';

const API_KEYS = graphql(`
  query ApiKeys {
    apiKeys(first: 100) {
      nodes { id name displayForm scopes status createdByName createdAt expiresAt graceEndsAt lastUsedAt lastUsedIp }
    }
  }
`);
const API_KEY_REQUESTS = graphql(`
  query ApiKeyRequests($keyId: ID!) {
    apiKeyRequests(keyId: $keyId, first: 50) {
      totalCount
      nodes { id at operationName cost status durationMs ipAddress }
    }
  }
`);
const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret apiKey { id } }
  }
`);
const ROTATE_API_KEY = graphql(`
  mutation RotateApiKey($id: ID!) {
    rotateApiKey(id: $id) { secret apiKey { id } }
  }
`);
const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { id status }
  }
`);

/** The scopes a key may be given, by area (managing keys and the dev mailbox are never among them). */
export const SCOPE_AREAS: { area: string; scopes: Permission[] }[] = [
  { area: 'store', scopes: ['STORE_READ', 'SETTINGS_READ', 'SETTINGS_WRITE', 'TEAM_READ', 'TEAM_MANAGE'] },
  { area: 'catalog', scopes: ['PRODUCTS_READ', 'PRODUCTS_WRITE', 'INVENTORY_READ', 'INVENTORY_WRITE'] },
  { area: 'sales', scopes: ['ORDERS_READ', 'ORDERS_WRITE', 'CUSTOMERS_READ', 'CUSTOMERS_WRITE', 'LETZSHOP_SYNC'] },
  {
    area: 'accounting',
    scopes: ['INVOICES_READ', 'INVOICES_ISSUE', 'CREDIT_NOTES_CREATE', 'INVOICES_MARK_PAID', 'EXPORTS_READ'],
  },
  { area: 'purchasing', scopes: ['PURCHASE_ORDERS_READ', 'PURCHASE_ORDERS_WRITE'] },
  { area: 'plan', scopes: ['SUBSCRIPTION_READ', 'SUBSCRIPTION_MANAGE'] },
];

const when = (iso: string | null | undefined, lang: string) =>
  iso ? new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' }) : '—';

/** Settings → API keys: keys for third-party tools (Business plan), owners only. */
export function ApiKeysPanel() {
  const { t } = useTranslation();
  const sub = useQuery(STORE_SUBSCRIPTION);
  const enabled = sub.data?.storeSubscription.plan.features.includes('API_KEYS') ?? false;
  return (
    <Paper withBorder p="md" mt="lg" data-testid="api-keys">
      <Stack>
        <Title order={3}>{t('apiKeys.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('apiKeys.intro')}
        </Text>
        {enabled ? (
          <ApiKeysList />
        ) : (
          <FeatureGate feature="API_KEYS" label={t('apiKeys.create')}>
            {null}
          </FeatureGate>
        )}
      </Stack>
    </Paper>
  );
}

function ApiKeysList() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notifyError = useErrorNotification();
  const { data } = useQuery(API_KEYS, { fetchPolicy: 'cache-and-network' });
  const [rotate] = useMutation(ROTATE_API_KEY, { refetchQueries: ['ApiKeys'] });
  const [revoke] = useMutation(REVOKE_API_KEY, { refetchQueries: ['ApiKeys'] });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logFor, setLogFor] = useState<string | null>(null);
  const keys = data?.apiKeys.nodes ?? [];
  return (
    <>
      <Group>
        <Button onClick={() => setCreating(true)} data-testid="api-key-create">
          {t('apiKeys.create')}
        </Button>
      </Group>
      {keys.length === 0 ? (
        <Text size="sm">{t('apiKeys.none')}</Text>
      ) : (
        <Table data-testid="api-key-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.name')}</Table.Th>
              <Table.Th>{t('apiKeys.key')}</Table.Th>
              <Table.Th>{t('apiKeys.scopes')}</Table.Th>
              <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
              <Table.Th>{t('apiKeys.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <code>{k.displayForm}</code>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{k.scopes.map((s) => t(`apiKeys.scope.${s}`)).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {when(k.lastUsedAt, i18n.language)}
                    {k.lastUsedIp ? ` · ${k.lastUsedIp}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={k.status === 'ACTIVE' ? 'green' : k.status === 'ROTATING' ? 'yellow' : 'gray'}>
                    {t(`apiKeys.statuses.${k.status}`)}
                  </Badge>
                  {k.status === 'ROTATING' && (
                    <Text size="xs">{t('apiKeys.until', { date: when(k.graceEndsAt, i18n.language) })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => setLogFor(k.id)}>
                      {t('apiKeys.log')}
                    </Button>
                    {k.status === 'ACTIVE' && can('API_KEYS_MANAGE') && (
                      <ConfirmAction
                        title={t('apiKeys.rotateTitle')}
                        message={t('apiKeys.rotateMessage')}
                        confirmLabel={t('apiKeys.rotate')}
                        color="yellow"
                        buttonProps={{ size: 'xs', variant: 'default' }}
                        testId={`api-key-rotate-${k.id}`}
                        onConfirm={async () => {
                          try {
                            const r = await rotate({ variables: { id: k.id } });
                            setSecret(r.data?.rotateApiKey.secret ?? null);
                          } catch (err) {
                            notifyError(err);
                          }
                        }}
                      >
                        {t('apiKeys.rotate')}
                      </ConfirmAction>
                    )}
                    {(k.status === 'ACTIVE' || k.status === 'ROTATING') && (
                      <ConfirmAction
                        title={t('apiKeys.revokeTitle')}
                        message={t('apiKeys.revokeMessage', { name: k.name })}
                        confirmLabel={t('apiKeys.revoke')}
                        buttonProps={{ size: 'xs', variant: 'light', color: 'red' }}
                        testId={`api-key-revoke-${k.id}`}
                        onConfirm={() => revoke({ variables: { id: k.id } }).catch(notifyError)}
                      >
                        {t('apiKeys.revoke')}
                      </ConfirmAction>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateKeyModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          setSecret(s);
        }}
      />
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('apiKeys.shownOnce')} size="lg">
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
            {t('apiKeys.shownOnceWarning')}
          </Alert>
          <code data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </code>
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : undefined} data-testid="api-key-copy">
                {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Modal>
      <RequestLog keyId={logFor} onClose={() => setLogFor(null)} />
    </>
  );
}

function CreateKeyModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(secret: string): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notifyError = useErrorNotification();
  const [create, { loading }] = useMutation(CREATE_API_KEY, { refetchQueries: ['ApiKeys'] });
  const form = useForm({ initialValues: { name: '', scopes: [] as Permission[], expiresOn: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      const r = await create({
        variables: {
          input: {
            name: v.name,
            scopes: v.scopes,
            expiresAt: v.expiresOn ? new Date(`${v.expiresOn}T23:59:59`).toISOString() : null,
          },
        },
      });
      form.reset();
      onCreated(r.data!.createApiKey.secret);
    } catch (err) {
      // Field messages (name, scopes, expiry) come with the notification, named as people call them.
      notifyError(err);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('apiKeys.create')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('apiKeys.name')} required maxLength={100} {...form.getInputProps('name')} />
          <Checkbox.Group label={t('apiKeys.scopes')} {...form.getInputProps('scopes')}>
            <Stack gap="xs" mt="xs">
              {SCOPE_AREAS.map(({ area, scopes }) => {
                const mine = scopes.filter((s) => can(s));
                if (!mine.length) return null;
                return (
                  <div key={area}>
                    <Text fw={600} size="sm">
                      {t(`apiKeys.areas.${area}`)}
                    </Text>
                    <Group gap="md" mt={4}>
                      {mine.map((s) => (
                        <Checkbox key={s} value={s} label={t(`apiKeys.scope.${s}`)} data-testid={`scope-${s}`} />
                      ))}
                    </Group>
                  </div>
                );
              })}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="date"
            label={t('apiKeys.expiry')}
            description={t('apiKeys.expiryHelp')}
            {...form.getInputProps('expiresOn')}
          />
          <Button
            type="submit"
            loading={loading}
            disabled={form.values.scopes.length === 0}
            data-testid="api-key-submit"
          >
            {t('apiKeys.create')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

function RequestLog({ keyId, onClose }: { keyId: string | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(API_KEY_REQUESTS, {
    variables: { keyId: keyId ?? '' },
    skip: !keyId,
    fetchPolicy: 'network-only',
  });
  const rows = data?.apiKeyRequests.nodes ?? [];
  return (
    <Modal opened={keyId !== null} onClose={onClose} title={t('apiKeys.log')} size="xl">
      <Text size="sm" c="dimmed" mb="sm">
        {t('apiKeys.logHelp')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('apiKeys.noRequests')}</Text>
      ) : (
        <Table data-testid="api-key-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.at')}</Table.Th>
              <Table.Th>{t('apiKeys.operation')}</Table.Th>
              <Table.Th>{t('apiKeys.cost')}</Table.Th>
              <Table.Th>{t('apiKeys.httpStatus')}</Table.Th>
              <Table.Th>{t('apiKeys.duration')}</Table.Th>
              <Table.Th>{t('apiKeys.address')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{when(r.at, i18n.language)}</Table.Td>
                <Table.Td>{r.operationName ?? '—'}</Table.Td>
                <Table.Td>{r.cost}</Table.Td>
                <Table.Td>{r.status}</Table.Td>
                <Table.Td>{r.durationMs.toFixed(1)} ms</Table.Td>
                <Table.Td>{r.ipAddress ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
