import { BatchJob, BatchResult } from './batch';
/** Resource usage of a worker, reported with every batch. */
export interface WorkerUsage {
    readonly pid: number;
    /** Peak resident set size of the worker process so far, MiB. */
    readonly maxRssMiB: number;
    /** CPU time (user + system) of the worker so far, ms. */
    readonly cpuMs: number;
}
export type ToWorker = {
    readonly type: 'batch';
    readonly id: number;
    readonly job: BatchJob;
} | {
    readonly type: 'exit';
};
export type FromWorker = {
    readonly type: 'done';
    readonly id: number;
    readonly result: BatchResult;
    readonly usage: WorkerUsage;
} | {
    readonly type: 'failed';
    readonly id: number;
    readonly message: string;
};
