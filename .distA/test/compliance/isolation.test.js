"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const isolation_1 = require("../../lib/compliance/isolation");
const ownership_1 = require("../../lib/compliance/ownership");
const shared_data_1 = require("../helpers/shared-data");
const fixtures_1 = require("./fixtures");
const stacks = (0, fixtures_1.exampleStacks)(fixtures_1.LANDKREIS);
function withGrant(inputs, tenant, change) {
    return inputs.map((i) => {
        if (i.tenant !== tenant)
            return i;
        const c = (0, fixtures_1.clone)(i);
        change(c);
        return c;
    });
}
describe('tenant isolation', () => {
    const inputs = stacks.map((s) => (0, isolation_1.isolationInputFromJson)(s.key, s.json, s.spec));
    const A = inputs[0].tenant;
    const B = inputs[1].tenant;
    it('proves isolation for the landkreis-fleet example (synthesized stacks, namespace isolation)', () => {
        const r = (0, isolation_1.analyseIsolation)(inputs);
        expect(r.violations).toEqual([]);
        expect(r.ok).toBe(true);
        expect(r.grantsChecked).toBeGreaterThan(50);
    });
    it('the spec-derived model covers the same resource and grant paths as the synthesized stack', () => {
        const s = stacks[0];
        const fromJson = (0, isolation_1.isolationInputFromJson)(s.key, s.json, s.spec);
        const fromSpec = (0, isolation_1.isolationInputFromSpec)(s.spec);
        expect([...new Set(fromSpec.grants.acls.map((a) => a.path))].sort()).toEqual([...new Set(fromJson.grants.acls.map((a) => a.path))].sort());
        const synthesized = (0, ownership_1.ownershipFromJson)(s.json);
        expect(synthesized.proxmoxPaths).toEqual(expect.arrayContaining([...fromSpec.ownership.proxmoxPaths]));
        expect(synthesized.vaultPaths).toEqual(expect.arrayContaining(fromSpec.ownership.vaultPaths.filter((p) => !p.includes('/issue/') && !p.includes('/roles/')).map(String)));
        const jsonPatterns = new Set(fromJson.grants.policies.flatMap((p) => p.grants.map((g) => g.path)));
        for (const p of fromSpec.grants.policies.flatMap((x) => x.grants.map((g) => g.path)))
            expect(jsonPatterns).toContain(p);
    });
    it('fails when a Proxmox ACL of one tenant reaches another tenant (counter-example)', () => {
        const other = inputs[1];
        const pool = other.ownership.proxmoxPaths.find((p) => p.startsWith('/pool/'));
        const broken = withGrant(inputs, A, (t) => t.grants.acls.push({ path: '/pool', propagate: true, principal: `${A}-admins` }));
        const r = (0, isolation_1.analyseIsolation)(broken);
        expect(r.ok).toBe(false);
        expect(r.violations[0]).toMatchObject({ kind: 'proxmox-acl', tenant: A, otherTenant: B, resource: pool });
    });
    it('fails when a Vault policy glob reaches another tenant, and a more specific deny removes the reach', () => {
        const mk = (grants) => withGrant(inputs, A, (t) => t.grants.policies.push({ name: 'wide', grants }));
        const r = (0, isolation_1.analyseIsolation)(mk([{ path: 'kommunen/+/kv/data/*', capabilities: ['read'] }]));
        expect(r.violations.length).toBeGreaterThan(0);
        expect(r.violations[0]).toMatchObject({ kind: 'vault-policy', tenant: A });
        expect(r.violations.map((v) => v.otherTenant)).toContain(B);
        const denyAll = inputs.filter((i) => i.tenant !== A).map((i) => ({ path: `kommunen/${i.tenant}/*`, capabilities: ['deny'] }));
        expect((0, isolation_1.analyseIsolation)(mk([{ path: 'kommunen/*', capabilities: ['read'] }, ...denyAll])).ok).toBe(true);
        expect((0, isolation_1.analyseIsolation)(mk([{ path: 'kommunen/*', capabilities: ['read'] }, ...denyAll.slice(1)])).violations[0].otherTenant).toBe(inputs.filter((i) => i.tenant !== A)[0].tenant);
    });
    it('fails when a tenant grants on a principal or binds a policy of another tenant', () => {
        const vg = inputs[1];
        const r = (0, isolation_1.analyseIsolation)(withGrant(inputs, A, (t) => {
            t.grants.acls.push({ path: t.ownership.proxmoxPaths[0], propagate: true, principal: vg.grants.principals[0] });
            t.grants.bindings.push({ namespace: vg.grants.policies[0].namespace, policies: [vg.grants.policies[0].name] });
        }));
        expect(r.violations.map((v) => v.kind).sort()).toEqual(['proxmox-principal', 'vault-binding']);
    });
    it('fails when an ACL names a VM ID of another tenant', () => {
        const ms = (0, isolation_1.isolationInputFromSpec)(stacks[0].spec);
        const vg = (0, isolation_1.isolationInputFromSpec)(stacks[1].spec);
        const broken = withGrant([ms, vg], A, (t) => t.grants.acls.push({ path: `/vms/${vg.ownership.vmIds.start + 5}`, propagate: false, principal: 'x' }));
        expect((0, isolation_1.analyseIsolation)(broken).violations[0]).toMatchObject({ kind: 'proxmox-acl', otherTenant: B });
    });
});
(0, shared_data_1.describeIfGemeinden)('tenant isolation of the Rheinland-Pfalz fleet (2,301 Gemeinden)', () => {
    it('proves isolation for every pair without pairwise blow-up, and finds a broken grant', () => {
        const rlp = (0, shared_data_1.loadGemeinden)().filter((g) => g.ags.startsWith('07'));
        const specs = (0, isolation_1.resolveRegisterFleet)(rlp);
        const inputs = Object.values(specs).map(isolation_1.isolationInputFromSpec);
        expect(inputs.length).toBe(2301);
        const t0 = Date.now();
        const r = (0, isolation_1.analyseIsolation)(inputs);
        expect(Date.now() - t0).toBeLessThan(5000);
        expect(r.violations).toEqual([]);
        const victim = inputs[1000];
        const broken = withGrant(inputs, inputs[0].tenant, (t) => t.grants.policies.push({ name: 'oops', grants: [{ path: `${victim.ownership.vaultPaths.find((p) => p.startsWith('kv-kommunen/data/')).replace(/[^/]+\/$/, '')}${victim.tenant.slice(0, 3)}*`, capabilities: ['read'] }] }));
        const rb = (0, isolation_1.analyseIsolation)(broken);
        expect(rb.ok).toBe(false);
        expect(rb.violations.every((v) => v.tenant === inputs[0].tenant && v.kind === 'vault-policy')).toBe(true);
    });
    it('benchIsolation returns timing figures', () => {
        let t = 0;
        const b = (0, isolation_1.benchIsolation)({ csvPath: shared_data_1.GEMEINDEN_CSV, clock: () => (t += 10) });
        expect(b).toMatchObject({ tenants: 2301, violations: 0, resolveMs: 10, buildMs: 10, analyseMs: 10 });
        expect((0, isolation_1.benchIsolation)({ csvPath: '/nonexistent.csv' })).toBeUndefined();
    });
});
