import { App, TerraformElement, TerraformStack } from 'cdktf';
import { Node } from 'constructs';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { rememberedLogicalId } from '../../lib/blueprint/internal/logical-ids';
import { VirtualEnvironmentPool } from '../../lib/providers/proxmox/virtual-environment-pool';
import { exampleModel } from '../helpers/fleet';
import { testApp } from '../helpers/synth';

type Allocator = { allocateLogicalId(e: TerraformElement | Node): string };
const defaultId = (stack: TerraformStack, e: TerraformElement) => (TerraformStack.prototype as unknown as Allocator).allocateLogicalId.call(stack, e);
const elements = (stack: TerraformStack) => stack.node.findAll().filter((c): c is TerraformElement => TerraformElement.isTerraformElement(c));

describe('remembered logical IDs', () => {
  it('gives every element of two tenant stacks the ID of cdktf\'s default scheme', () => {
    const model = exampleModel('landkreis-fleet');
    const app: App = testApp();
    const keys = Object.keys(model.specs).sort();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    let checked = 0;
    for (const key of keys) {
      const stack = new KommuneStack(app, key, { spec: model.specs[key], platform: model.platform });
      for (const e of elements(stack)) {
        const override = (e as unknown as { _logicalIdOverride?: string })._logicalIdOverride; // variables keep their own names
        expect([e.node.path, e.friendlyUniqueId]).toEqual([e.node.path, override ?? defaultId(stack, e)]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('remembers by path below the stack, and passes elements of other stacks through', () => {
    const app = testApp();
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    const inA = new VirtualEnvironmentPool(a, 'Deep-Path', { poolId: 'x' });
    const inB = new VirtualEnvironmentPool(b, 'Deep-Path', { poolId: 'y' });
    let calls = 0;
    const allocate = (s: TerraformStack, e: TerraformElement) => () => {
      calls += 1;
      return defaultId(s, e);
    };
    const first = rememberedLogicalId(a, inA, allocate(a, inA));
    const second = rememberedLogicalId(b, inB, allocate(b, inB));
    expect(second).toBe(first);
    expect(calls).toBeLessThanOrEqual(1); // the second stack's element with the same path was remembered
    expect(rememberedLogicalId(a, inB, () => 'other-stack')).toBe('other-stack');
  });
});
