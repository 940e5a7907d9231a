import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from '../core/context.js';
import { isUnexpected, logIfUncatalogued } from '../core/errors.js';

/** Logs unexpected errors with the request's logger (so the request id is on the line). */
export const errorLoggingPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      // Unexpected errors carry the request id, so a person can quote it to support.
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        for (const e of response.body.singleResult.errors ?? []) {
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (e as { message: string }).message =
              `Something went wrong on our side. It has been logged; quote request id ${contextValue?.requestId ?? 'unknown'} if you contact support.`;
            (e.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
          }
        }
      },
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const err of errors) {
          logIfUncatalogued(contextValue.log, err);
          if (isUnexpected(err)) {
            contextValue.log.error(
              { err: err.originalError ?? err, path: err.path, operationName },
              'unexpected error',
            );
          }
        }
      },
    };
  },
};
