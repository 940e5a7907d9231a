import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorNotification } from '../../components/feedback';
import type { Role } from '../../gql/graphql';
import { formErrors, toApiError } from '../../lib/graphql-errors';
import { ROLES } from './roles';
import { INVITE } from './invite-documents';

/**
 * Invite in two steps: e-mail and role, then the link to pass on (no mail server is set up, so
 * the owner sends it). The link is shown once: the server keeps only its hash.
 */
export function InviteModal({
  opened,
  storeName,
  onClose,
  onInvited,
}: {
  opened: boolean;
  storeName: string;
  onClose(): void;
  onInvited(): void;
}) {
  const { t } = useTranslation();
  const notifyError = useErrorNotification();
  const [invite, { loading }] = useMutation(INVITE);
  const [created, setCreated] = useState<{ url: string; email: string } | null>(null);
  const form = useForm<{ email: string; role: Role }>({ initialValues: { email: '', role: 'STAFF' } });

  const close = () => {
    onClose();
    // Let the closing animation finish before the content changes.
    setTimeout(() => {
      setCreated(null);
      form.reset();
    }, 200);
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const r = await invite({ variables: { input: { email: values.email.trim(), role: values.role } } });
      const payload = r.data!.inviteMember;
      setCreated({ url: payload.acceptUrl, email: payload.invitation.email });
      onInvited();
    } catch (err) {
      const { fields, showMessage } = formErrors(toApiError(err), ['email', 'role']);
      form.setErrors(fields);
      if (showMessage) notifyError(err);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={600}>{created ? t('team.linkTitle') : t('team.inviteTitle', { store: storeName })}</Text>}
      size={created ? 'lg' : 'md'}
      data-testid="invite-modal"
    >
      {created ? (
        <Stack>
          <Text size="sm">{t('team.linkText', { email: created.email })}</Text>
          <TextInput
            readOnly
            value={created.url}
            aria-label={t('team.copy')}
            data-testid="invite-link"
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            rightSection={
              <CopyButton value={created.url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('team.copied') : t('team.copy')} withArrow>
                    <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy}>
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            }
          />
          <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />}>
            {t('team.linkOnce')}
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={created.url}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  color={copied ? 'teal' : 'indigo'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  data-testid="copy-invite-link"
                >
                  {copied ? t('team.copied') : t('team.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close} data-testid="invite-done">
              {t('team.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('team.inviteHelp')}
            </Text>
            <TextInput
              label={t('team.email')}
              type="email"
              required
              data-autofocus
              placeholder="name@example.lu"
              data-testid="invite-email"
              {...form.getInputProps('email')}
            />
            <Select
              label={t('team.role')}
              allowDeselect={false}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              renderOption={({ option }) => (
                <div>
                  <Text size="sm">{option.label}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`roleHelp.${option.value}`)}
                  </Text>
                </div>
              )}
              description={t(`roleHelp.${form.values.role}`)}
              data-testid="invite-role"
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('role')}
            />
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={close}>
                {t('team.cancel')}
              </Button>
              <Button type="submit" loading={loading} data-testid="invite-submit">
                {t('team.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
