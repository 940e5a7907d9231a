import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError, toApiError } from '../../../lib/graphql-errors';

export type Refusal = { unitId?: string | null; message: string };

/**
 * Runs one Letzshop action and tells the user what came of it: accepted, partly refused (with
 * Letzshop's reasons) or not done; then the order is read again. Resolves to whether it went through.
 */
export function useLetzshopAction(onDone: () => unknown) {
  const { t, i18n } = useTranslation();
  const report = async (refused: Refusal[]) => {
    if (refused.length) {
      notifications.show({
        color: 'orange',
        message: t('letzshop.refused', { reasons: refused.map((r) => r.message).join('; ') }),
      });
    } else {
      notifications.show({ color: 'green', message: t('letzshop.done') });
    }
    await onDone();
  };
  const act = async (fn: () => Promise<{ refused: Refusal[] } | undefined>): Promise<boolean> => {
    try {
      await report((await fn())?.refused ?? []);
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(toApiError(err), i18n) });
      return false;
    }
  };
  return act;
}
