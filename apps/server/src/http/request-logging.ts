import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

const SAFE_ID = /^[A-Za-z0-9._-]{8,80}$/;

/**
 * Gives each request an id (a caller's `x-request-id` when well-formed, else a new UUID), a child
 * logger that stamps it on every line, and one access-log line when the response is sent.
 */
export function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const id = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    const start = process.hrtime.bigint();
    Object.assign(req, { id, log: log.child({ requestId: id }) });
    res.setHeader('x-request-id', id);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      (req as Request & { log: Logger }).log.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  };
}
