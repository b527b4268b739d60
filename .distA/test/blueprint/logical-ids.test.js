"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const kommune_stack_1 = require("../../lib/blueprint/kommune-stack");
const logical_ids_1 = require("../../lib/blueprint/logical-ids");
const virtual_environment_pool_1 = require("../../lib/providers/proxmox/virtual-environment-pool");
const fleet_1 = require("../helpers/fleet");
const synth_1 = require("../helpers/synth");
const defaultId = (stack, e) => cdktf_1.TerraformStack.prototype.allocateLogicalId.call(stack, e);
const elements = (stack) => stack.node.findAll().filter((c) => cdktf_1.TerraformElement.isTerraformElement(c));
describe('remembered logical IDs', () => {
    it('gives every element of two tenant stacks the ID of cdktf\'s default scheme', () => {
        const model = (0, fleet_1.exampleModel)('landkreis-fleet');
        const app = (0, synth_1.testApp)();
        const keys = Object.keys(model.specs).sort();
        expect(keys.length).toBeGreaterThanOrEqual(2);
        let checked = 0;
        for (const key of keys) {
            const stack = new kommune_stack_1.KommuneStack(app, key, { spec: model.specs[key], platform: model.platform });
            for (const e of elements(stack)) {
                const override = e._logicalIdOverride; // variables keep their own names
                expect([e.node.path, e.friendlyUniqueId]).toEqual([e.node.path, override ?? defaultId(stack, e)]);
                checked += 1;
            }
        }
        expect(checked).toBeGreaterThan(100);
    });
    it('remembers by path below the stack, and passes elements of other stacks through', () => {
        const app = (0, synth_1.testApp)();
        const a = new cdktf_1.TerraformStack(app, 'a');
        const b = new cdktf_1.TerraformStack(app, 'b');
        const inA = new virtual_environment_pool_1.VirtualEnvironmentPool(a, 'Deep-Path', { poolId: 'x' });
        const inB = new virtual_environment_pool_1.VirtualEnvironmentPool(b, 'Deep-Path', { poolId: 'y' });
        let calls = 0;
        const allocate = (s, e) => () => {
            calls += 1;
            return defaultId(s, e);
        };
        const first = (0, logical_ids_1.rememberedLogicalId)(a, inA, allocate(a, inA));
        const second = (0, logical_ids_1.rememberedLogicalId)(b, inB, allocate(b, inB));
        expect(second).toBe(first);
        expect(calls).toBeLessThanOrEqual(1); // the second stack's element with the same path was remembered
        expect((0, logical_ids_1.rememberedLogicalId)(a, inB, () => 'other-stack')).toBe('other-stack');
    });
});
