import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconMailForward, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { initials } from '../../app/UserMenu';
import { EmptyState, NoAccess, QueryError, TableSkeleton, useErrorNotification } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import type { Role } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/money';
import { InviteModal } from './InviteModal';
import { RoleBadge } from './RoleBadge';
import { ROLES } from './roles';
import { CHANGE_ROLE, REMOVE, REVOKE, TEAM } from './team-documents';

export function TeamPage() {
  const { can } = useSession();
  // The API refuses the team to roles without TEAM_READ: say so instead of asking.
  if (!can('TEAM_READ')) return <NoAccess />;
  return <Team />;
}

function Team() {
  const { t, i18n } = useTranslation();
  const { can, me, active } = useSession();
  const manage = can('TEAM_MANAGE');
  const notifyError = useErrorNotification();
  const { data, loading, error, refetch } = useQuery(TEAM);
  const refetchTeam = { refetchQueries: ['Team'], awaitRefetchQueries: true };
  const [changeRole] = useMutation(CHANGE_ROLE, refetchTeam);
  const [remove, removal] = useMutation(REMOVE, refetchTeam);
  const [revoke] = useMutation(REVOKE, refetchTeam);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [removing, setRemoving] = useState<{ userId: string; name: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const storeName = active?.store.name ?? '';

  const onRole = async (userId: string, role: string | null) => {
    if (!role) return;
    setBusy(userId);
    try {
      await changeRole({ variables: { input: { userId, role: role as Role } } });
      notifications.show({ color: 'green', message: t('team.roleChanged') });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { input: { userId: removing.userId } } });
      notifications.show({ color: 'green', message: t('team.removed') });
      setRemoving(null);
    } catch (err) {
      setRemoving(null);
      notifyError(err);
    }
  };

  const onRevoke = async (id: string) => {
    setBusy(id);
    try {
      await revoke({ variables: { input: { id } } });
      notifications.show({ color: 'green', message: t('team.revoked') });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const members = data?.teamMembers ?? [];
  const invitations = data?.pendingInvitations ?? [];

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader
        title={t('team.title')}
        subtitle={t('team.subtitle', { store: storeName })}
        actions={
          manage && (
            <Button
              leftSection={<IconUserPlus size={16} />}
              onClick={() => setInviteOpen(true)}
              data-testid="invite-button"
            >
              {t('team.invite')}
            </Button>
          )
        }
      />
      {!manage && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="team-read-only">
          {t('team.readOnly')}
        </Alert>
      )}
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}

      <Card withBorder padding={0} radius="md">
        <Group justify="space-between" px="md" py="sm">
          <Group gap="xs">
            <Title order={4}>{t('team.members')}</Title>
            {data && (
              <Badge variant="light" color="gray" data-testid="member-count">
                {members.length}
              </Badge>
            )}
          </Group>
        </Group>
        {loading && !data ? (
          <TableSkeleton rows={4} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th>{t('team.name')}</Table.Th>
                  <Table.Th>{t('team.email')}</Table.Th>
                  <Table.Th w={190}>{t('team.role')}</Table.Th>
                  <Table.Th w={160} style={{ whiteSpace: 'nowrap' }}>
                    {t('team.since')}
                  </Table.Th>
                  {manage && (
                    <Table.Th w={120} ta="right">
                      {t('team.actions')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((m) => {
                  const self = m.userId === me.user.id;
                  const editable = manage && !m.merchantOwner && !self;
                  return (
                    <Table.Tr key={m.userId} data-testid="member-row">
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Avatar size={32} radius="xl" color="indigo" variant="light">
                            {initials(m.name)}
                          </Avatar>
                          <div>
                            <Text size="sm" fw={500}>
                              {m.name}
                              {self && (
                                <Text span size="sm" c="dimmed">
                                  {' '}
                                  ({t('team.you')})
                                </Text>
                              )}
                            </Text>
                            {m.merchantOwner && (
                              <Tooltip label={t('team.merchantOwnerHelp')} multiline w={260} withArrow>
                                <Text size="xs" c="dimmed" style={{ cursor: 'help' }}>
                                  {t('team.merchantOwner')}
                                </Text>
                              </Tooltip>
                            )}
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{m.email}</Text>
                      </Table.Td>
                      <Table.Td>
                        {editable ? (
                          <Select
                            size="xs"
                            w={160}
                            aria-label={t('team.changeRole', { name: m.name })}
                            data={roleOptions}
                            value={m.role}
                            onChange={(r) => void onRole(m.userId, r)}
                            allowDeselect={false}
                            disabled={busy === m.userId}
                            data-testid="member-role"
                          />
                        ) : (
                          <RoleBadge role={m.role} />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(m.since, i18n.language)}</Text>
                      </Table.Td>
                      {manage && (
                        <Table.Td ta="right">
                          {editable && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setRemoving({ userId: m.userId, name: m.name })}
                              data-testid="member-remove"
                            >
                              {t('team.remove')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card withBorder padding={0} radius="md">
        <Group gap="xs" px="md" py="sm">
          <Title order={4}>{t('team.pending')}</Title>
          {data && (
            <Badge variant="light" color="gray" data-testid="invitation-count">
              {invitations.length}
            </Badge>
          )}
        </Group>
        {loading && !data ? (
          <TableSkeleton rows={2} />
        ) : invitations.length === 0 ? (
          <EmptyState
            icon={<IconMailForward size={22} />}
            title={t('team.none')}
            description={t('team.noneHelp')}
            testId="invitations-empty"
          />
        ) : (
          <Table.ScrollContainer minWidth={620}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th>{t('team.email')}</Table.Th>
                  <Table.Th w={190}>{t('team.role')}</Table.Th>
                  <Table.Th w={200}>{t('team.expires')}</Table.Th>
                  {manage && (
                    <Table.Th w={120} ta="right">
                      {t('team.actions')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.map((inv) => (
                  <Table.Tr key={inv.id} data-testid="invitation-row">
                    <Table.Td>
                      <Text size="sm">{inv.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RoleBadge role={inv.role} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(inv.expiresAt, i18n.language)}</Text>
                    </Table.Td>
                    {manage && (
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={busy === inv.id}
                          onClick={() => void onRevoke(inv.id)}
                          data-testid="invitation-revoke"
                        >
                          {t('team.revoke')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {manage && (
        <InviteModal
          opened={inviteOpen}
          storeName={storeName}
          onClose={() => setInviteOpen(false)}
          onInvited={() => void refetch()}
        />
      )}

      <Modal
        opened={!!removing}
        onClose={() => setRemoving(null)}
        title={<Text fw={600}>{t('team.removeTitle', { name: removing?.name })}</Text>}
        data-testid="remove-modal"
      >
        <Stack>
          <Text size="sm">{t('team.removeText', { name: removing?.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('team.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => void confirmRemove()}
              loading={removal.loading}
              data-testid="remove-confirm"
            >
              {t('team.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
