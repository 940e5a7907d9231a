import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../core/transaction.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Ctx, StoreCtx } from '../../core/context.js';
import type { Me } from '../auth/auth.inputs.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { User, normalizeEmail } from '../auth/user.entity.js';
import { Membership } from '../tenancy/membership.entity.js';
import { Role } from '../../core/roles.js';
import { Store } from '../tenancy/store.entity.js';
import { queueInvitationEmail } from './invitation-mail.js';
import { Invitation } from './invitation.entity.js';
import type {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  InvitationPreview,
  InviteMemberInput,
  InvitePayload,
  TeamMember,
} from './team.inputs.js';

const INVITATION_DAYS = 7;
export class TeamService {
  private readonly auth = new AuthService();

  async members(ctx: StoreCtx): Promise<TeamMember[]> {
    const rows = await ctx.em.execute<
      { user_id: string; name: string; email: string; role: Role; merchant_owner: boolean; since: Date }[]
    >(
      `select u.id as user_id, u.name, u.email, 'owner'::text as role, true as merchant_owner, mo.created_at as since
         from store s join merchant_owner mo on mo.merchant_id = s.merchant_id join app_user u on u.id = mo.user_id
        where s.id = ?
       union all
       select u.id, u.name, u.email, m.role::text, false, m.created_at
         from membership m join app_user u on u.id = m.user_id
        where m.store_id = ?
          and not exists (select 1 from store s join merchant_owner mo on mo.merchant_id = s.merchant_id
                           where s.id = m.store_id and mo.user_id = m.user_id)
       order by merchant_owner desc, name`,
      [ctx.storeId, ctx.storeId],
    );
    return rows.map((r) => ({
      id: r.user_id,
      userId: r.user_id,
      name: r.name,
      email: r.email,
      role: r.role,
      merchantOwner: r.merchant_owner,
      since: new Date(r.since),
    }));
  }

  async pendingInvitations(ctx: StoreCtx): Promise<Invitation[]> {
    return ctx.em.find(
      Invitation,
      { acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  async invite(ctx: StoreCtx, input: InviteMemberInput): Promise<InvitePayload> {
    const email = normalizeEmail(input.email);
    const already = (await this.members(ctx)).find((m) => normalizeEmail(m.email) === email);
    if (already) {
      throw new DomainError(
        'ALREADY_MEMBER',
        `${email} is already a member of this store (${already.role}).`,
        'CONFLICT',
        {
          fields: { email: 'is already a member' },
        },
      );
    }
    const token = newToken();
    const acceptUrl = `${ctx.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
    // The invitation and its e-mail are committed together; the mail job sends it afterwards.
    const { invitation, emailId } = await inTransaction(ctx, async (tx) => {
      // A new invitation replaces any pending one for the same address.
      await tx.em.nativeUpdate(Invitation, { email, acceptedAt: null, revokedAt: null }, { revokedAt: new Date() });
      const invitation = tx.em.create(Invitation, {
        store: ctx.storeId,
        email,
        role: input.role,
        tokenHash: hashToken(ctx.config.SESSION_SECRET, token),
        invitedBy: ctx.user!.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await tx.em.flush();
      const mail = await queueInvitationEmail(tx, invitation, acceptUrl);
      return { invitation, emailId: mail.id };
    });
    await ctx.jobs.sendEmail(emailId);
    ctx.log.info(
      { event: 'invitation_sent', invitationId: invitation.id, to: email, role: input.role, emailId },
      'invitation e-mail queued',
    );
    return { invitation, acceptUrl };
  }

  async revokeInvitation(ctx: StoreCtx, id: string): Promise<Invitation> {
    const inv = await ctx.em.findOne(Invitation, { id });
    if (!inv) throw new NotFoundError('Invitation', id);
    if (inv.acceptedAt) throw new DomainError('INVITATION_USED', 'This invitation was already accepted.', 'CONFLICT');
    inv.revokedAt ??= new Date();
    await ctx.em.flush();
    return inv;
  }

  async changeRole(ctx: StoreCtx, input: ChangeMemberRoleInput): Promise<TeamMember> {
    await ctx.em.transactional(async (em) => {
      const m = await this.lockedMembership(ctx, em, input.userId);
      if (m.role === Role.OWNER && input.role !== Role.OWNER) await this.assertAnotherOwner(ctx, em, input.userId);
      m.role = input.role;
    });
    ctx.log.info({ event: 'member_role_changed', userId: input.userId, role: input.role }, 'role changed');
    return this.memberOrFail(ctx, input.userId);
  }

  async remove(ctx: StoreCtx, userId: string): Promise<boolean> {
    await ctx.em.transactional(async (em) => {
      const m = await this.lockedMembership(ctx, em, userId);
      if (m.role === Role.OWNER) await this.assertAnotherOwner(ctx, em, userId);
      em.remove(m);
    });
    // Their sessions stay valid for other stores; access to this one ends with the membership.
    ctx.log.info({ event: 'member_removed', userId }, 'member removed');
    return true;
  }

  /** What the link offers. It never says whether an account exists for the e-mail (an inviter could probe it). */
  async preview(ctx: Ctx, token: string): Promise<InvitationPreview> {
    const inv = await this.usableInvitation(ctx.em, ctx, token);
    const store = await ctx.em.findOneOrFail(Store, inv.store.id);
    return { storeId: store.id, storeName: store.name, email: inv.email, role: inv.role, expiresAt: inv.expiresAt };
  }

  /**
   * Accepts an invitation. Signed in, as the invited e-mail: joins the store. Not signed in: creates
   * the account (name and a new password) and signs in. No password is ever verified here — an
   * existing account signs in first, with the sign-in's throttling — so the link cannot be used to
   * guess one.
   */
  async accept(ctx: Ctx, input: AcceptInvitationInput): Promise<Me> {
    const signedIn = ctx.user;
    const userId = await inTransaction(ctx, async (tx) => {
      const inv = await this.usableInvitation(tx.em, tx, input.token, true);
      let user = signedIn ? await tx.em.findOneOrFail(User, signedIn.id) : await this.userByEmail(tx.em, inv.email);
      if (signedIn) {
        if (normalizeEmail(signedIn.email) !== normalizeEmail(inv.email)) {
          throw new DomainError(
            'INVITATION_FOR_ANOTHER_ACCOUNT',
            `This invitation is for ${inv.email}; you are signed in as ${signedIn.email}. Sign out, then sign in as ${inv.email} to accept it.`,
            'FORBIDDEN',
          );
        }
      } else if (user) {
        throw new DomainError(
          'INVITATION_NEEDS_SIGN_IN',
          `An account already uses ${inv.email}: sign in with it, then accept the invitation.`,
          'UNAUTHENTICATED',
        );
      } else {
        const fields: Record<string, string> = {};
        if (!input.name?.trim()) fields.name = 'is required for a new account';
        if (!input.password) fields.password = 'is required for a new account';
        if (Object.keys(fields).length) throw new ValidationError(fields);
        user = tx.em.create(User, {
          email: inv.email,
          name: input.name!.trim(),
          passwordHash: await hashPassword(input.password!),
        });
      }
      const existing = await tx.em.findOne(Membership, { user: user!.id, store: inv.store.id });
      if (!existing) tx.em.create(Membership, { user: user!, store: inv.store.id, role: inv.role });
      inv.acceptedAt = new Date();
      await tx.em.flush();
      return user!.id;
    });
    if (signedIn) ctx.user = await ctx.em.findOneOrFail(User, userId);
    else await this.auth.startSession(ctx, userId);
    ctx.log.info({ event: 'invitation_accepted', userId, newAccount: !signedIn }, 'invitation accepted');
    return this.auth.me(ctx);
  }

  private async usableInvitation(em: EntityManager, ctx: Ctx, token: string, lock = false): Promise<Invitation> {
    const inv = await em.findOne(
      Invitation,
      { tokenHash: hashToken(ctx.config.SESSION_SECRET, token) },
      { filters: { tenant: false }, ...(lock ? { lockMode: 4 /* pessimistic write */ } : {}) },
    );
    if (!inv || inv.revokedAt)
      throw new DomainError('INVITATION_INVALID', 'This invitation link is not valid (anymore).', 'NOT_FOUND');
    if (inv.acceptedAt)
      throw new DomainError('INVITATION_USED', 'This invitation was already accepted. Sign in instead.', 'CONFLICT');
    if (inv.expiresAt < new Date())
      throw new DomainError('INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.', 'BAD_USER_INPUT');
    return inv;
  }

  private userByEmail(em: EntityManager, email: string) {
    return em.findOne(User, { email: { $ilike: normalizeEmail(email).replace(/([\\%_])/g, '\\$1') } });
  }

  private async lockedMembership(ctx: StoreCtx, em: EntityManager, userId: string): Promise<Membership> {
    // Lock every membership row of the store: two owners demoting each other at once must not
    // leave the store without an owner.
    await em.execute('select id from membership where store_id = ? for update', [ctx.storeId]);
    const isMerchantOwner = await em.execute(
      'select 1 from store s join merchant_owner mo on mo.merchant_id = s.merchant_id where s.id = ? and mo.user_id = ?',
      [ctx.storeId, userId],
    );
    if (isMerchantOwner.length) {
      throw new DomainError(
        'MERCHANT_OWNER',
        'This person owns the merchant and is owner of all its stores; that cannot be changed per store.',
        'FORBIDDEN',
      );
    }
    const m = await em.findOne(Membership, { user: userId, store: ctx.storeId });
    if (!m) throw new NotFoundError('Member', userId);
    return m;
  }

  private async assertAnotherOwner(ctx: StoreCtx, em: EntityManager, userId: string) {
    const [row] = await em.execute<{ n: string }[]>(
      `select (select count(*) from membership where store_id = ? and role = 'owner' and user_id <> ?)
            + (select count(*) from store s join merchant_owner mo on mo.merchant_id = s.merchant_id where s.id = ?) as n`,
      [ctx.storeId, userId, ctx.storeId],
    );
    if (Number(row?.n ?? 0) === 0) {
      throw new DomainError(
        'LAST_OWNER',
        'The store’s last owner cannot be removed or demoted. Make someone else owner first.',
        'CONFLICT',
      );
    }
  }

  private async memberOrFail(ctx: StoreCtx, userId: string): Promise<TeamMember> {
    const m = (await this.members(ctx)).find((x) => x.userId === userId);
    if (!m) throw new NotFoundError('Member', userId);
    return m;
  }
}
