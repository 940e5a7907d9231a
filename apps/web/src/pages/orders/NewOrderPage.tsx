import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { MAX_LINE_QUANTITY, parseAmount, wholeNumberError } from '../../lib/input-rules';
import { formatCents } from '../../lib/money';
import { type PickedProduct, ProductPicker } from '../products/ProductPicker';
import { CountrySelect } from '../../components/CountrySelect';

const CREATE = graphql(
  `mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }`,
);

interface Line {
  key: number;
  product: PickedProduct | null;
  quantity: number | string;
}

let nextKey = 1;

/** A direct order: the server prices it from the catalogue and reserves the stock. */
export function NewOrderPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE);
  const [lines, setLines] = useState<Line[]>([{ key: 0, product: null, quantity: 1 }]);
  const form = useForm({
    initialValues: {
      email: '',
      firstName: '',
      lastName: '',
      phone: '',
      street: '',
      streetNumber: '',
      postalCode: '',
      city: '',
      country: 'LU',
      shipping: '0.00',
      discount: '0.00',
    },
  });
  const qtyError = (l: Line) => wholeNumberError(l.quantity, t, 1, MAX_LINE_QUANTITY);
  const goods = lines.reduce(
    (s, l) => s + (l.product && !qtyError(l) ? l.product.priceCents * Number(l.quantity) : 0),
    0,
  );

  const submit = form.onSubmit(async (v) => {
    const chosen = lines.filter((l) => l.product);
    if (!chosen.length) return notifications.show({ color: 'red', message: 'Add at least one product.' });
    // What was typed is sent or refused — a negative fee is not turned into €0.00.
    const shipping = parseAmount(v.shipping, t, i18n.language);
    const discount = parseAmount(v.discount, t, i18n.language);
    if (shipping.cents === null || discount.cents === null || chosen.some(qtyError)) {
      form.setErrors({ shipping: shipping.error, discount: discount.error });
      return;
    }
    try {
      const r = await create({
        variables: {
          input: {
            newCustomer: { email: v.email, firstName: v.firstName, lastName: v.lastName, phone: v.phone || null },
            shippingAddress: {
              firstName: v.firstName,
              lastName: v.lastName,
              street: v.street,
              streetNumber: v.streetNumber || null,
              postalCode: v.postalCode,
              city: v.city,
              country: v.country,
            },
            lines: chosen.map((l) => ({ productId: l.product!.id, quantity: Number(l.quantity) })),
            shippingCents: shipping.cents,
            discountCents: discount.cents,
          },
        },
      });
      notifications.show({ color: 'green', message: `Order #${r.data!.createOrder.order.orderNumber} created` });
      navigate(`/orders/${r.data!.createOrder.order.id}`);
    } catch (err) {
      const api = toApiError(err);
      const f = { ...fieldErrors(api, 'newCustomer'), ...fieldErrors(api, 'shippingAddress') };
      if (api.fields.shippingCents) f.shipping = api.fields.shippingCents;
      if (api.fields.discountCents) f.discount = api.fields.discountCents;
      form.setErrors(f);
      notifications.show({
        color: 'red',
        title: 'Order not created',
        message: describeError(api, i18n),
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={2}>New order</Title>
        <Card withBorder>
          <Text fw={600} mb="sm">
            Customer
          </Text>
          <Group grow>
            <TextInput label="E-mail" required {...form.getInputProps('email')} data-testid="order-email" />
            <TextInput label="Phone" {...form.getInputProps('phone')} />
          </Group>
          <Group grow mt="sm">
            <TextInput
              label="First name"
              required
              {...form.getInputProps('firstName')}
              data-testid="order-first-name"
            />
            <TextInput label="Last name" required {...form.getInputProps('lastName')} data-testid="order-last-name" />
          </Group>
          <Group grow mt="sm">
            <TextInput label="Street" required {...form.getInputProps('street')} data-testid="order-street" />
            <TextInput label="No." {...form.getInputProps('streetNumber')} maw={100} />
          </Group>
          <Group grow mt="sm">
            <TextInput label="Postal code" required {...form.getInputProps('postalCode')} data-testid="order-postal" />
            <TextInput label="City" required {...form.getInputProps('city')} data-testid="order-city" />
            <CountrySelect
              required
              allowDeselect={false}
              {...form.getInputProps('country')}
              data-testid="order-country"
            />
          </Group>
        </Card>
        <Card withBorder>
          <Text fw={600} mb="sm">
            Lines
          </Text>
          <Stack>
            {lines.map((l, i) => (
              <Group key={l.key} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ProductPicker
                    value={l.product?.id ?? null}
                    onChange={(p) => setLines(lines.map((x, j) => (j === i ? { ...x, product: p } : x)))}
                    testId={`line-product-${i}`}
                  />
                </div>
                <NumberInput
                  w={100}
                  min={1}
                  max={MAX_LINE_QUANTITY}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  value={l.quantity}
                  error={l.product ? qtyError(l) : null}
                  onChange={(q) => setLines(lines.map((x, j) => (j === i ? { ...x, quantity: q } : x)))}
                  data-testid={`line-qty-${i}`}
                />
                <Text w={100} ta="right">
                  {l.product && !qtyError(l)
                    ? formatCents(l.product.priceCents * Number(l.quantity), i18n.language)
                    : ''}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setLines(lines.filter((_, j) => j !== i))}
                  disabled={lines.length === 1}
                  aria-label="Remove line"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() => setLines([...lines, { key: nextKey++, product: null, quantity: 1 }])}
            >
              Add line
            </Button>
          </Stack>
          <Group grow mt="md">
            <TextInput
              label="Shipping incl. VAT (€)"
              {...form.getInputProps('shipping')}
              data-testid="order-shipping"
            />
            <TextInput
              label="Discount incl. VAT (€)"
              {...form.getInputProps('discount')}
              data-testid="order-discount"
            />
          </Group>
          <Text ta="right" mt="md" fw={600}>
            Goods {formatCents(goods, i18n.language)} — totals and VAT are computed by the server
          </Text>
        </Card>
        <Button type="submit" loading={loading} w="fit-content" data-testid="create-order">
          Create order
        </Button>
      </Stack>
    </form>
  );
}
