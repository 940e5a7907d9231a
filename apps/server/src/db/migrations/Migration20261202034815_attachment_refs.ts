import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox names an attachment by a registered source and an id (`{ source: 'invoice-pdf', id }`)
 * instead of `invoicePdfOf`, so mail knows no other module's tables. Data only.
 */
export class Migration20261202034815_attachment_refs extends Migration {
  override name = 'Migration20261202034815_attachment_refs';

  override up(): void | Promise<void> {
    this.addSql(`update "outbound_email" set "attachments" = (
      select coalesce(jsonb_agg(case when a->>'invoicePdfOf' is not null
        then jsonb_build_object('filename', a->'filename', 'contentType', a->'contentType', 'source', 'invoice-pdf', 'id', a->'invoicePdfOf')
        else a end), '[]'::jsonb)
      from jsonb_array_elements("attachments") a)
      where jsonb_path_exists("attachments", '$[*].invoicePdfOf');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "outbound_email" set "attachments" = (
      select coalesce(jsonb_agg(case when a->>'source' = 'invoice-pdf'
        then jsonb_build_object('filename', a->'filename', 'contentType', a->'contentType', 'invoicePdfOf', a->'id')
        else a end), '[]'::jsonb)
      from jsonb_array_elements("attachments") a)
      where jsonb_path_exists("attachments", '$[*].source');`);
  }
}
