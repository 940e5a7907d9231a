import { Arg, Args, Authorized, Ctx as C, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import {
  ApiKeyConnection,
  ApiKeyRequestConnection,
  ApiKeyRequestsArgs,
  type ApiKeyRequestView,
  ApiKeyView,
  CreateApiKeyInput,
  CreatedApiKey,
  RotateApiKeyArgs,
} from './api-keys.inputs.js';
import { ApiKeysService } from './api-keys.service.js';

@Resolver()
export class ApiKeysResolver {
  private readonly keys = new ApiKeysService();

  @Authorized(Permission.API_KEYS_MANAGE)
  @Query(() => ApiKeyConnection, { description: "The store's API keys, newest first (revoked and expired ones too)" })
  apiKeys(@C() ctx: StoreCtx, @Args() args: ConnectionArgs): Promise<ConnectionShape<ApiKeyView>> {
    return this.keys.list(ctx, args);
  }

  @Authorized(Permission.API_KEYS_MANAGE)
  @Query(() => ApiKeyRequestConnection, { description: "A key's requests of the last 30 days, newest first" })
  apiKeyRequests(@C() ctx: StoreCtx, @Args() args: ApiKeyRequestsArgs): Promise<ConnectionShape<ApiKeyRequestView>> {
    return this.keys.requests(ctx, args.keyId, args);
  }

  @Authorized(Permission.API_KEYS_MANAGE)
  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key (Business plan). The answer holds the whole key, shown this once.',
  })
  createApiKey(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The name, scopes and optional expiry of the new key.' }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return this.keys.create(ctx, input);
  }

  @Authorized(Permission.API_KEYS_MANAGE)
  @Mutation(() => CreatedApiKey, {
    description:
      'Replaces a key with a new one (same name, scopes and expiry); the old one keeps working for `graceHours`, then stops.',
  })
  rotateApiKey(@C() ctx: StoreCtx, @Args() args: RotateApiKeyArgs): Promise<CreatedApiKey> {
    return this.keys.rotate(ctx, args.id, args.graceHours);
  }

  @Authorized(Permission.API_KEYS_MANAGE)
  @Mutation(() => ApiKeyView, { description: 'Revokes a key at once: its next request is refused' })
  revokeApiKey(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: 'The key to revoke' }) id: string,
  ): Promise<ApiKeyView> {
    return this.keys.revoke(ctx, id);
  }
}
