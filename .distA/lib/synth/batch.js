"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.synthBatch = synthBatch;
/**
 * One batch of the fast fleet synthesis: a fresh App with the batch's stacks, synthesized with the
 * single-pass resolver, its tokens released afterwards so that a long-lived worker keeps flat
 * memory. Runs in a worker process, a worker thread or inline (same code in all three).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const fleet_1 = require("../blueprint/fleet");
const kommune_stack_1 = require("../blueprint/kommune-stack");
const platform_stack_1 = require("../blueprint/platform-stack");
const cdktf_internals_1 = require("./cdktf-internals");
function countResources(stack) {
    let n = 0;
    const visit = (c) => {
        if (cdktf_1.TerraformResource.isTerraformResource(c))
            n += 1;
        for (const child of c.node.children)
            visit(child);
    };
    visit(stack);
    return n;
}
/**
 * Synthesizes one batch into `job.outdir/stacks/<name>/cdk.tf.json`. Throws on the first failing
 * stack. Stacks are built and synthesized one at a time in the batch's App and removed from it
 * (their tokens released) right after: a tenant's objects die young, so the garbage collector
 * frees them cheaply instead of promoting a whole batch to the old generation.
 */
function synthBatch(job) {
    return (0, cdktf_internals_1.withTokenStackTracesDisabled)(() => {
        const mark = (0, cdktf_internals_1.markTokens)();
        try {
            const app = new cdktf_1.App({ outdir: job.outdir, stackTraces: false });
            const out = [];
            const one = (build) => {
                const before = (0, cdktf_internals_1.markTokens)();
                const stack = build();
                try {
                    const [entry] = (0, cdktf_internals_1.synthesizeSelfContainedStacks)(app, [stack]);
                    out.push({
                        name: stack.node.id,
                        manifest: entry,
                        resources: countResources(stack),
                        bytes: fs.statSync(path.join(job.outdir, entry.synthesizedStackPath)).size,
                    });
                }
                finally {
                    app.node.tryRemoveChild(stack.node.id);
                    (0, cdktf_internals_1.releaseTokensSince)(before);
                }
            };
            if (job.platformStack)
                one(() => new platform_stack_1.PlatformStack(app, fleet_1.PLATFORM_STACK_NAME, { platform: job.platform }));
            for (const spec of [...job.specs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
                one(() => new kommune_stack_1.KommuneStack(app, spec.key, { spec, platform: job.platform, recordedBlueprintVersion: job.recordedBlueprint?.[spec.key] }));
            }
            return { stacks: out };
        }
        finally {
            (0, cdktf_internals_1.releaseTokensSince)(mark);
        }
    });
}
