import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling per subject (an e-mail from one network address, a network address, an e-mail
 * from anywhere) instead of per e-mail only. Existing counters become the e-mail-from-anywhere ones.
 */
export class Migration20261201150000_login_throttle_subjects extends Migration {
  override name = 'Migration20261201150000_login_throttle_subjects';

  override up(): void | Promise<void> {
    this.addSql(`alter table "login_throttle" rename column "email" to "subject";`);
    this.addSql(`alter table "login_throttle" alter column "subject" type varchar(400);`);
    this.addSql(`update "login_throttle" set "subject" = 'email:' || "subject";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "login_throttle" where "subject" not like 'email:%';`);
    this.addSql(`update "login_throttle" set "subject" = substr("subject", 7);`);
    this.addSql(`alter table "login_throttle" alter column "subject" type varchar(255);`);
    this.addSql(`alter table "login_throttle" rename column "subject" to "email";`);
  }
}
