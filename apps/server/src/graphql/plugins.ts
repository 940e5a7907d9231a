import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from './context.js';
import { isUnexpected } from './errors.js';

/** Logs unexpected errors with the request's logger (so the request id is on the line). */
export const errorLoggingPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const err of errors) {
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
