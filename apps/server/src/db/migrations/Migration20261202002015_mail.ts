import { Migration } from '@mikro-orm/migrations';

/**
 * E-mail: the outbox (`outbound_email`, one row per message, written in the transaction of the change
 * that causes it), the stores' mail settings, the users' alert preference and password reset links
 * (only the token's HMAC is stored).
 */
export class Migration20261202002015_mail extends Migration {
  override name = 'Migration20261202002015_mail';

  override up(): void | Promise<void> {
    this.addSql(`create type "email_kind" as enum ('invoice', 'invitation', 'password_reset', 'alert');`);
    this.addSql(`create type "email_status" as enum ('queued', 'sending', 'sent', 'failed');`);
    this.addSql(
      `create table "outbound_email" ("id" uuid not null, "store_id" uuid null, "kind" "email_kind" not null, "subject_id" uuid null, "dedupe_key" varchar(255) null, "message_id" varchar(255) not null, "from_address" varchar(255) not null, "to_address" varchar(255) not null, "reply_to" varchar(255) null, "language" varchar(2) not null, "subject" varchar(255) not null, "html" text not null, "text" text not null, "attachments" jsonb not null, "sensitive" boolean not null default false, "status" "email_status" not null default 'queued', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "claimed_at" timestamptz null, "last_error" text null, "smtp_response" text null, "sent_at" timestamptz null, "requested_by" uuid null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "outbound_email_store_subject_index" on "outbound_email" ("store_id", "subject_id");`);
    this.addSql(`create index "outbound_email_due_index" on "outbound_email" ("status", "next_attempt_at");`);
    this.addSql(
      `alter table "outbound_email" add constraint "outbound_email_dedupe_key_unique" unique ("dedupe_key");`,
    );
    this.addSql(
      `create table "store_mail_settings" ("store_id" uuid not null, "sender_name" varchar(255) null, "reply_to" varchar(255) null, "auto_send_invoices" boolean not null default false, primary key ("store_id"));`,
    );
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create table "user_mail_preference" ("user_id" uuid not null, "alerts" boolean not null default true, primary key ("user_id"));`,
    );
    this.addSql(
      `alter table "outbound_email" add constraint "outbound_email_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "store_mail_settings" add constraint "store_mail_settings_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "user_mail_preference" add constraint "user_mail_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "outbound_email" add constraint "outbound_email_attempts_check" check ("attempts" >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbound_email" cascade;`);
    this.addSql(`drop table if exists "store_mail_settings" cascade;`);
    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`drop table if exists "user_mail_preference" cascade;`);
    this.addSql(`drop type "email_kind";`);
    this.addSql(`drop type "email_status";`);
  }
}
