import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for an irreversible action: it asks once, in a dialog that says what will happen,
 * and runs `onConfirm` only on the dialog's own button. While `onConfirm` runs the dialog stays
 * open with the button loading; it closes when it resolves (a failure is the caller's to show).
 */
export function ConfirmAction({
  title,
  message,
  confirmLabel,
  onConfirm,
  children,
  color = 'red',
  testId,
  buttonProps,
  disabled,
}: {
  /** The dialog's title, e.g. "Issue invoice?" */
  title: string;
  /** What will happen, in a sentence or a list (numbers taken, units declined, …). */
  message: ReactNode;
  /** The dialog's button, naming the action ("Issue invoice"). */
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | unknown;
  /** The button that opens the dialog. */
  children: ReactNode;
  color?: string;
  /** `data-testid` of the opening button; the dialog's button gets `<testId>-confirm`. */
  testId?: string;
  buttonProps?: ButtonProps;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpened(false);
    }
  };
  return (
    <>
      <Button color={color} {...buttonProps} disabled={disabled} onClick={() => setOpened(true)} data-testid={testId}>
        {children}
      </Button>
      <Modal opened={opened} onClose={() => !busy && setOpened(false)} title={title} centered>
        <Stack>
          {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              color={color}
              loading={busy}
              onClick={() => void confirm()}
              data-testid={testId ? `${testId}-confirm` : undefined}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
