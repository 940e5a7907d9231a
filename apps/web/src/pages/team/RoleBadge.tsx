import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { ROLE_COLOR } from './roles';

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLOR[role]} variant="light" data-testid="role-badge">
      {t(`roles.${role}`)}
    </Badge>
  );
}
