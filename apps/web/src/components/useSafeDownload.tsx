import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/graphql-errors';

/**
 * The click handler of a download link (`<a href>` to a REST route). The browser would show a
 * refusal (403, 404, a plan without the feature) as a page of raw JSON; this asks the route first
 * and, when it answers with the file, lets the browser download it (the first answer is dropped:
 * a download is started as a download, with the server's file name). Otherwise the link stays on
 * the page and a notification says why, in the interface language.
 */
export function useSafeDownload() {
  const { t, i18n } = useTranslation();
  const fail = (message: string) =>
    notifications.show({
      color: 'red',
      title: t('access.downloadFailed'),
      message,
      icon: <IconAlertCircle size={18} />,
      autoClose: 8000,
    });

  return (event: MouseEvent<HTMLAnchorElement>) => {
    const href = event.currentTarget.href;
    if (!href) return;
    event.preventDefault();
    void (async () => {
      const probe = new AbortController();
      let res: Response;
      try {
        res = await fetch(href, { credentials: 'same-origin', signal: probe.signal });
      } catch {
        fail(t('errors.network'));
        return;
      }
      if (res.ok) {
        probe.abort();
        const a = document.createElement('a');
        a.href = href;
        a.download = '';
        document.body.append(a);
        a.click();
        a.remove();
        return;
      }
      const body = (await res.json().catch(() => null)) as {
        error?: { code?: string; reason?: string; message?: string };
      } | null;
      const error = body?.error;
      if (res.status === 403 && (!error?.reason || error.reason === 'PERMISSION_DENIED')) {
        fail(t('access.downloadForbidden'));
      } else if (res.status === 404) {
        fail(t('access.downloadNotFound'));
      } else {
        fail(
          describeError({ message: error?.message ?? '', code: error?.code, reason: error?.reason, fields: {} }, i18n),
        );
      }
    })();
  };
}
