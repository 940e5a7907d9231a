import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobQueue } from './job-queue.js';
import type { Logger } from '../logger.js';
import type { Permission } from './permissions.js';
import type { Role } from './roles.js';

/** Who acts: the signed-in user (the `User` entity is one). */
export interface Actor {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** The API key a request authenticated with. */
export interface ApiKeyRef {
  id: string;
  name: string;
  scopes: ReadonlySet<Permission>;
}

/** The request's sign-in (the `Session` entity is one). */
export interface SessionRef {
  id: string;
}

/**
 * What a module adds to every request's context (declaration merging: the module that owns the
 * thing declares it, so core names no module).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by modules through declaration merging.
export interface CtxExtensions {}

/**
 * Everything one request knows, passed first to every service method. There is no global
 * "current store": the store is `ctx.storeId`, set only after the membership was checked.
 */
export interface Ctx extends CtxExtensions {
  requestId: string;
  log: Logger;
  config: Config;
  clock: Clock;
  /** Hands long work (Letzshop syncs) to the job runner. */
  jobs: JobQueue;
  /** This request's own EntityManager fork; the tenant filter is bound to `storeId`. */
  em: EntityManager;
  user: Actor | null;
  session: SessionRef | null;
  /** The active store, when the request named one the user may use. */
  storeId: string | null;
  role: Role | null;
  /** Why there is no store: none named, or named but not one of the user's. */
  storeProblem: 'none' | 'not_member' | 'invalid' | null;
  /** The user's role in the store, and whether it comes from owning the merchant. */
  viaMerchantOwnership: boolean;
  /**
   * Set when the request authenticated with an API key (`Authorization: Bearer orion_sk_…`): its
   * scopes then stand for the role's permissions, and `user` is the key's creator.
   */
  apiKey?: ApiKeyRef | null;
  /** The GraphQL operation's cost (`graphql/query-cost.ts`), once computed. */
  queryCost?: number;
  /** What the operation turned out to cost (the lists as long as they came back). */
  actualCost?: number;
  /** The GraphQL operation's name, once resolved. */
  operationName?: string | null;
  req?: Request;
  res?: Response;
}

/** A context whose store was checked: what every store-scoped service method receives. */
export type StoreCtx = Ctx & { storeId: string };
