import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorNotification } from '../components/feedback';
import { useSession, useSignOut } from './session';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [parts[0]?.[0]];
  return letters.join('').toUpperCase() || '?';
}

/** The signed-in person: name and role in the active store; profile and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me, role } = useSession();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  const notifyError = useErrorNotification();

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('user.menu')}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={34}>
              {initials(me.user.name)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.25} truncate visibleFrom="md">
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25} visibleFrom="md" data-testid="user-role">
                {role ? t(`roles.${role}`) : ''}
              </Text>
            </div>
            <IconChevronDown size={14} color="var(--mantine-color-gray-6)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('user.signedInAs')}</Menu.Label>
        <Text size="sm" px="sm" pb="xs" truncate>
          {me.user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconUser size={16} />} onClick={() => navigate('/profile')}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          color="red"
          onClick={() => signOut().catch(notifyError)}
          data-testid="menu-sign-out"
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
