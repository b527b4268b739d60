/**
 * Entry point of a synthesis worker (child process via child_process.fork, or worker thread).
 * Protocol: the parent sends `{ type: 'batch', id, job }`; the worker answers
 * `{ type: 'done', id, result, usage }` or `{ type: 'failed', id, message }`; `{ type: 'exit' }`
 * ends the worker.
 */
import { parentPort } from 'worker_threads';
import { BatchJob, BatchResult, StackFailureDetail, StackSynthesisError, synthBatch } from './internal/batch';

/** Resource usage of a worker, reported with every batch. */
export interface WorkerUsage {
  readonly pid: number;
  /** Peak resident set size of the worker process so far, MiB. */
  readonly maxRssMiB: number;
  /** CPU time (user + system) of the worker so far, ms. */
  readonly cpuMs: number;
}

export type ToWorker = { readonly type: 'batch'; readonly id: number; readonly job: BatchJob } | { readonly type: 'exit' };
export type FromWorker =
  | { readonly type: 'done'; readonly id: number; readonly result: BatchResult; readonly usage: WorkerUsage }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stackName?: string; readonly detail?: StackFailureDetail };

function usage(): WorkerUsage {
  const u = process.resourceUsage();
  return { pid: process.pid, maxRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
}

function handle(msg: ToWorker, send: (m: FromWorker) => void, exit: () => void): void {
  if (msg.type === 'exit') {
    exit();
    return;
  }
  try {
    const result = synthBatch(msg.job);
    send({ type: 'done', id: msg.id, result, usage: usage() });
  } catch (e) {
    send({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e), ...(e instanceof StackSynthesisError ? { stackName: e.stackName, ...(e.detail !== undefined ? { detail: e.detail } : {}) } : {}) });
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (m: ToWorker) => handle(m, (r) => port.postMessage(r), () => port.close()));
} else if (process.send) {
  process.on('message', (m: ToWorker) => handle(m, (r) => process.send!(r), () => process.disconnect()));
}
