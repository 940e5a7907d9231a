export const STATUS_COLOR: Record<string, string> = {
  PENDING: 'yellow',
  PROCESSING: 'blue',
  SHIPPED: 'indigo',
  DELIVERED: 'green',
  CANCELLED: 'gray',
  REFUNDED: 'red',
};

export const CHANNEL_COLOR: Record<string, string> = { DIRECT: 'teal', LETZSHOP: 'grape' };
