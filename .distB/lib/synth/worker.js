"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Entry point of a synthesis worker (child process via child_process.fork, or worker thread).
 * Protocol: the parent sends `{ type: 'batch', id, job }`; the worker answers
 * `{ type: 'done', id, result, usage }` or `{ type: 'failed', id, message }`; `{ type: 'exit' }`
 * ends the worker.
 */
const worker_threads_1 = require("worker_threads");
const batch_1 = require("./batch");
function usage() {
    const u = process.resourceUsage();
    return { pid: process.pid, maxRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
}
function handle(msg, send, exit) {
    if (msg.type === 'exit') {
        exit();
        return;
    }
    try {
        const result = (0, batch_1.synthBatch)(msg.job);
        send({ type: 'done', id: msg.id, result, usage: usage() });
    }
    catch (e) {
        send({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
    }
}
if (worker_threads_1.parentPort) {
    const port = worker_threads_1.parentPort;
    port.on('message', (m) => handle(m, (r) => port.postMessage(r), () => port.close()));
}
else if (process.send) {
    process.on('message', (m) => handle(m, (r) => process.send(r), () => process.disconnect()));
}
