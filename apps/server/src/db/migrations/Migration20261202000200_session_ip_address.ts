import { Migration } from '@mikro-orm/migrations';

/** The network address a session signed in from, shown in the user's list of sessions. */
export class Migration20261202000200_session_ip_address extends Migration {
  override name = 'Migration20261202000200_session_ip_address';

  override up(): void | Promise<void> {
    this.addSql(`alter table "session" add column "ip_address" varchar(64) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop column "ip_address";`);
  }
}
