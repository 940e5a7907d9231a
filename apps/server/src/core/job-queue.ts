/** Where long work is handed off from a request. */
export interface JobQueue {
  /** Runs a recorded Letzshop sync (see letzshop/sync-runner.ts). */
  letzshopSync(runId: string): Promise<void>;
  /** Sends one outbox message (after the commit that wrote it; see mail/outbox.ts). */
  sendEmail(id: string): Promise<void>;
  /** Sends the outbox messages that are due and have no job (after a restart or a crash). */
  sweepEmails(): Promise<void>;
  /** Waits for work this process started (graceful shutdown, tests). */
  drain(): Promise<void>;
}

/**
 * For contexts that start no background work of their own (jobs, the CLI, the seed): a Letzshop
 * sync cannot be started from there; an e-mail is left in the outbox, where the sweep (every
 * minute, and at every start) finds and sends it.
 */
export const noJobQueue: JobQueue = {
  async letzshopSync() {
    throw new Error('No background job runner in this context');
  },
  async sendEmail() {},
  async sweepEmails() {},
  async drain() {},
};
