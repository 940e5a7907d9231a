import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';
import { formatDateTime } from '../../lib/money';

const TEAM = graphql(`
  query Team {
    teamMembers { userId name email role merchantOwner since }
    pendingInvitations { id email role expiresAt }
  }
`);
const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { acceptUrl invitation { id email role } }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { userId role }
  }
`);
const REMOVE = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);
const REVOKE = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) { id }
  }
`);

const ROLES: Role[] = ['OWNER', 'MANAGER', 'STAFF', 'ACCOUNTANT'];
const ROLE_COLOR: Record<string, string> = { OWNER: 'grape', MANAGER: 'indigo', STAFF: 'teal', ACCOUNTANT: 'orange' };

function showError(err: unknown) {
  notifications.show({ color: 'red', title: 'Not done', message: toApiError(err).message });
}

export function TeamPage() {
  const { t, i18n } = useTranslation();
  const { can, me } = useSession();
  const manage = can('TEAM_MANAGE');
  const { data, loading, error, refetch } = useQuery(TEAM);
  const [invite, inviting] = useMutation(INVITE);
  const [changeRole] = useMutation(CHANGE_ROLE);
  const [remove] = useMutation(REMOVE);
  const [revoke] = useMutation(REVOKE);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [removing, setRemoving] = useState<{ userId: string; name: string } | null>(null);
  const form = useForm<{ email: string; role: Role }>({ initialValues: { email: '', role: 'STAFF' } });
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const submitInvite = form.onSubmit(async (values) => {
    try {
      const r = await invite({ variables: { input: values } });
      setInviteOpen(false);
      form.reset();
      setLink({ url: r.data!.inviteMember.acceptUrl, email: r.data!.inviteMember.invitation.email });
      setLinkOpen(true);
      await refetch();
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      if (!Object.keys(api.fields).length) showError(err);
    }
  });

  const onRole = async (userId: string, role: string | null) => {
    if (!role) return;
    try {
      await changeRole({ variables: { input: { userId, role: role as Role } } });
      notifications.show({ color: 'green', message: t('team.roleChanged') });
    } catch (err) {
      showError(err);
    }
    await refetch();
  };

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { input: { userId: removing.userId } } });
      notifications.show({ color: 'green', message: t('team.removed') });
    } catch (err) {
      showError(err);
    }
    setRemoving(null);
    await refetch();
  };

  if (loading && !data) return <Loader />;
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('team.title')}</Title>
        {manage && (
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setInviteOpen(true)}
            data-testid="invite-button"
          >
            {t('team.invite')}
          </Button>
        )}
      </Group>
      {!manage && (
        <Alert color="gray" variant="light">
          {t('team.readOnly')}
        </Alert>
      )}
      <Paper withBorder>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.name')}</Table.Th>
              <Table.Th>E-mail</Table.Th>
              <Table.Th>{t('team.role')}</Table.Th>
              <Table.Th>{t('team.since')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.teamMembers.map((m) => (
              <Table.Tr key={m.userId} data-testid="member-row">
                <Table.Td>
                  <Text fw={500}>{m.name}</Text>
                  {m.merchantOwner && (
                    <Text size="xs" c="dimmed">
                      {t('team.merchantOwner')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>
                  {manage && !m.merchantOwner && m.userId !== me.user.id ? (
                    <Select
                      size="xs"
                      w={150}
                      data={roleOptions}
                      value={m.role}
                      onChange={(r) => onRole(m.userId, r)}
                      allowDeselect={false}
                    />
                  ) : (
                    <Badge color={ROLE_COLOR[m.role]} variant="light">
                      {t(`roles.${m.role}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(m.since, i18n.language)}</Table.Td>
                <Table.Td>
                  {manage && !m.merchantOwner && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoving({ userId: m.userId, name: m.name })}
                    >
                      {t('team.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Title order={4}>{t('team.pending')}</Title>
      <Paper withBorder>
        {data?.pendingInvitations.length ? (
          <Table verticalSpacing="sm">
            <Table.Tbody>
              {data.pendingInvitations.map((inv) => (
                <Table.Tr key={inv.id} data-testid="invitation-row">
                  <Table.Td>{inv.email}</Table.Td>
                  <Table.Td>
                    <Badge color={ROLE_COLOR[inv.role]} variant="light">
                      {t(`roles.${inv.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {t('team.expires')} {formatDateTime(inv.expiresAt, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    {manage && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={async () => {
                          try {
                            await revoke({ variables: { input: { id: inv.id } } });
                          } catch (err) {
                            showError(err);
                          }
                          await refetch();
                        }}
                      >
                        {t('team.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text p="md" c="dimmed">
            {t('team.none')}
          </Text>
        )}
      </Paper>

      <Modal opened={inviteOpen} onClose={() => setInviteOpen(false)} title={t('team.inviteTitle')}>
        <form onSubmit={submitInvite} noValidate>
          <Stack>
            <TextInput
              label="E-mail"
              type="email"
              required
              data-testid="invite-email"
              {...form.getInputProps('email')}
            />
            <Select
              label={t('team.role')}
              data={roleOptions}
              allowDeselect={false}
              data-testid="invite-role"
              {...form.getInputProps('role')}
            />
            <Button type="submit" loading={inviting.loading} data-testid="invite-submit">
              {t('team.send')}
            </Button>
          </Stack>
        </form>
      </Modal>

      <Modal opened={linkOpen} onClose={() => setLinkOpen(false)} title={t('team.linkTitle')} size="lg">
        <Stack>
          <Text size="sm">{t('team.linkText', { email: link?.email })}</Text>
          <TextInput
            readOnly
            value={link?.url ?? ''}
            data-testid="invite-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={link?.url ?? ''}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'indigo'} onClick={copy} w="fit-content">
                {copied ? t('team.copied') : t('team.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Modal>

      <Modal
        opened={!!removing}
        onClose={() => setRemoving(null)}
        title={t('team.removeTitle', { name: removing?.name })}
      >
        <Stack>
          <Text size="sm">{t('team.removeText', { name: removing?.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('team.cancel')}
            </Button>
            <Button color="red" onClick={confirmRemove}>
              {t('team.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
