import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailboxMessage {
  id: string;
  receivedAt: Date;
  messageId: string | null;
  from: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  html: string | null;
  text: string | null;
  language: string | null;
  attachments: { filename: string; contentType: string; size: number; content: Buffer }[];
}

export interface DevMailbox {
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL points at. */
  url: string;
  messages(): MailboxMessage[];
  clear(): void;
  /** Makes the server refuse every message with this answer (tests: an SMTP server in trouble). */
  refuseWith(answer: { code: number; message: string } | null): void;
  close(): Promise<void>;
}

const KEEP = 200;

/**
 * A real SMTP server on loopback that keeps what it receives in memory (the newest 200): the
 * development mailbox, and the SMTP server the tests send to. Messages reach it over the same
 * SMTP code path as production's.
 */
export async function startDevMailbox(port = 0): Promise<DevMailbox> {
  let store: MailboxMessage[] = [];
  let refusal: { code: number; message: string } | null = null;
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (refusal) {
          const err = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          return callback(err);
        }
        try {
          const parsed = await simpleParser(Buffer.concat(chunks));
          const id = `m${++seq}`;
          store.unshift({
            id,
            receivedAt: new Date(),
            messageId: parsed.messageId ?? null,
            from: parsed.from?.text ?? session.envelope.mailFrom?.toString() ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            replyTo: parsed.replyTo?.text ?? null,
            subject: parsed.subject ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            text: parsed.text ?? null,
            language: (parsed.headers.get('content-language') as string | undefined) ?? null,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? 'attachment',
              contentType: a.contentType,
              size: a.size,
              content: a.content,
            })),
          });
          store = store.slice(0, KEEP);
          callback(null, `Queued as ${id}`);
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    messages: () => [...store],
    clear: () => {
      store = [];
    },
    refuseWith: (answer) => {
      refusal = answer;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

declare module '../../core/context.js' {
  interface CtxExtensions {
    /** The built-in development mailbox, when the app runs one (never in production). */
    mailbox?: DevMailbox | null;
  }
}
