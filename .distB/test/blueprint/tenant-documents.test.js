"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tenant_documents_1 = require("../../lib/blueprint/tenant-documents");
const fleet_1 = require("../helpers/fleet");
describe('tenant documents (examples/musterstadt)', () => {
    const model = (0, fleet_1.exampleModel)('musterstadt');
    const spec = model.specs.musterstadt;
    it('network plan lists every segment with vnet, tag, CIDR and gateway, and every flow with its reason', () => {
        const md = (0, tenant_documents_1.renderNetworkPlan)(spec);
        for (const s of Object.values(spec.network.segments)) {
            expect(md).toContain(`| ${s.name} | ${s.role} | ${s.trust} | ${s.vnetId} | ${s.tag} | ${s.cidr} | ${s.gateway} |`);
        }
        for (const f of Object.values(spec.network.flows))
            expect(md).toContain(`| ${f.id} | ${f.from} |`);
        expect(md).toContain('exception until 2027-06-30');
        expect(md).toContain(`Address block \`${spec.network.block}\``);
    });
    it('backup plan names schedule, retention, both copies and the restore-test duty', () => {
        const md = (0, tenant_documents_1.renderBackupPlan)(spec);
        expect(md).toContain(`\`${spec.backup.schedule}\``);
        expect(md).toContain(`| daily | ${spec.backup.retention.keepDaily} |`);
        expect(md).toContain(`| primary | ${spec.backup.pbsServer} | ${spec.backup.datastore} | ${spec.backup.namespace} |`);
        expect(md).toContain(`| second copy | ${spec.backup.secondCopy.server} |`);
        expect(md).toMatch(/Restore test\.\*\* At least quarterly/);
        expect(md).toContain('CON.3.A14');
    });
    it('access matrix shows every ACL the stack renders and every Vault policy rule', () => {
        const synth = (0, fleet_1.synthModel)(model);
        try {
            const stack = synth.fleet.tenants.musterstadt;
            const policies = Object.values(stack.vault.policies).filter((p) => p !== undefined);
            const md = (0, tenant_documents_1.renderAccessMatrix)(spec, stack.access.aclEntries, policies);
            for (const acl of stack.access.aclEntries)
                expect(md).toContain(`| ${acl.principal.kind} \`${acl.principal.id}\` | ${acl.roleId} | ${acl.path} |`);
            for (const p of policies) {
                for (const r of p.rules)
                    expect(md).toContain(`| ${p.name} | ${p.namespace ?? '(root)'} | ${r.path} | ${r.capabilities.join(', ')} |`);
            }
            expect(md).not.toMatch(/\| \/ \|/);
        }
        finally {
            (0, fleet_1.removeDir)(synth.outdir);
        }
    });
    it('renders byte-identical documents for the same spec (no dates)', () => {
        expect((0, tenant_documents_1.renderNetworkPlan)((0, fleet_1.exampleModel)('musterstadt').specs.musterstadt)).toBe((0, tenant_documents_1.renderNetworkPlan)(spec));
        expect((0, tenant_documents_1.renderBackupPlan)((0, fleet_1.exampleModel)('musterstadt').specs.musterstadt)).toBe((0, tenant_documents_1.renderBackupPlan)(spec));
    });
});
