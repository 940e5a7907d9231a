import type { NextFunction, Request, Response } from 'express';
import type { ErrorReason } from '../core/error-codes.js';

/** An internal error names no reason (as in GraphQL): there is nothing the client can do about it. */
type ErrorBody = { code: string; reason?: ErrorReason; message: string };
import type { Logger } from '../logger.js';

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

/** Body-parser's failures, as a person reads them. */
function describe(err: HttpError): { reason: ErrorReason; message: string } {
  switch (err.type) {
    case 'entity.too.large':
      return {
        reason: 'PAYLOAD_TOO_LARGE',
        message: `The request body is too large: at most ${formatBytes(err.limit)} are accepted.`,
      };
    case 'entity.parse.failed':
      return { reason: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { reason: 'UNSUPPORTED_ENCODING', message: 'The request body’s encoding or charset is not supported.' };
    default:
      return { reason: 'BAD_REQUEST', message: 'The request could not be read.' };
  }
}

const formatBytes = (n?: number) =>
  !n ? 'the limit' : n >= 1_048_576 ? `${n / 1_048_576} MB` : `${Math.round(n / 1024)} kB`;

/**
 * The last Express handler: every error becomes JSON, never Express's HTML page with its stack
 * and file paths. /graphql answers in GraphQL's shape (`errors[].extensions`), the rest like the
 * REST routes (`{ error: { code, reason, message } }`). Failures of ours are logged with the request id.
 */
export function jsonErrors(log: Logger) {
  return (err: HttpError, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const requestId = (req as Request & { id?: string }).id;
    const status = err.status ?? err.statusCode ?? 500;
    let body: ErrorBody;
    if (status >= 400 && status < 500) {
      body = { code: 'BAD_USER_INPUT', ...describe(err) };
    } else {
      ((req as Request & { log?: Logger }).log ?? log).error({ err, path: req.path }, 'unexpected error');
      body = {
        code: 'INTERNAL_SERVER_ERROR',
        message: `Something went wrong on our side. It has been logged; quote request id ${requestId ?? 'unknown'} if you contact support.`,
      };
    }
    send(req, res, status >= 400 && status < 600 ? status : 500, body, requestId);
  };
}

/** Unknown routes under /api: 404 in JSON (the SPA's fallback never answers them). */
export function apiNotFound(req: Request, res: Response) {
  send(req, res, 404, {
    code: 'NOT_FOUND',
    reason: 'ROUTE_NOT_FOUND',
    message: `There is no ${req.method} ${req.baseUrl}${req.path} in this API.`,
  });
}

function send(req: Request, res: Response, status: number, body: ErrorBody, requestId?: string) {
  const extra = body.code === 'INTERNAL_SERVER_ERROR' ? { requestId } : {};
  if (req.originalUrl.startsWith('/graphql')) {
    res.status(status).json({
      errors: [{ message: body.message, extensions: { code: body.code, reason: body.reason, ...extra } }],
    });
  } else {
    res.status(status).json({ error: { ...body, ...extra } });
  }
}
