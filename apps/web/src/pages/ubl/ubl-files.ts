import { downloadUrl } from '../../lib/download';

/** The Peppol BIS 3 UBL of one invoice or credit note (every plan, INVOICES_READ). */
export const invoiceUblUrl = (id: string) => downloadUrl(`/api/invoices/${encodeURIComponent(id)}.xml`);
