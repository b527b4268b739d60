"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const path_access_1 = require("../../lib/identity/path-access");
const policy_document_1 = require("../../lib/identity/policy-document");
describe('vaultPathMatches', () => {
    it('matches exact paths exactly', () => {
        expect((0, path_access_1.vaultPathMatches)('kv/data/a', 'kv/data/a')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/a', 'kv/data/a/b')).toBe(false);
        expect((0, path_access_1.vaultPathMatches)('kv/data/a', 'kv/data/ab')).toBe(false);
    });
    it('treats a trailing * as a prefix glob, also inside a segment', () => {
        expect((0, path_access_1.vaultPathMatches)('kv/data/mainz/*', 'kv/data/mainz/db/password')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/mainz/*', 'kv/data/mainz/')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/mainz/*', 'kv/data/mainzer/x')).toBe(false);
        expect((0, path_access_1.vaultPathMatches)('kv/data/mainz*', 'kv/data/mainzer/x')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('*', 'sys/policies/acl/x')).toBe(true);
    });
    it('matches + against exactly one segment', () => {
        expect((0, path_access_1.vaultPathMatches)('kv/data/+/shared', 'kv/data/mainz/shared')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/+/shared', 'kv/data/mainz/x/shared')).toBe(false);
        expect((0, path_access_1.vaultPathMatches)('kv/+/kommunen/*', 'kv/metadata/kommunen/worms/x')).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/a+b', 'kv/data/axb')).toBe(false);
    });
    it('scopes patterns by namespace: a policy in N only reaches paths under N', () => {
        expect((0, path_access_1.vaultPathMatches)('kv/data/*', 'kv/data/x', { policyNamespace: 'kommunen/mainz', pathNamespace: 'kommunen/mainz' })).toBe(true);
        expect((0, path_access_1.vaultPathMatches)('kv/data/*', 'kv/data/x', { policyNamespace: 'kommunen/mainz', pathNamespace: 'kommunen/worms' })).toBe(false);
        expect((0, path_access_1.vaultPathMatches)('kv/data/*', 'kv/data/x', { policyNamespace: 'kommunen/mainz' })).toBe(false);
        expect((0, path_access_1.vaultPathMatches)('*', 'sys/mounts', { policyNamespace: 'kommunen/mainz', pathNamespace: 'kommunen/mainz/child' })).toBe(true);
        // A root-namespace policy can name child namespace paths.
        expect((0, path_access_1.vaultPathMatches)('kommunen/worms/kv/*', 'kv/data/x', { pathNamespace: 'kommunen/worms' })).toBe(true);
    });
});
describe('vaultGrants', () => {
    it('parses the HCL this library renders (round trip)', () => {
        const rules = [
            { path: 'kv/data/kommunen/mainz/*', capabilities: ['read', 'create'] },
            { path: 'pki-int/issue/kommune-mainz', capabilities: ['update'], comment: 'certs' },
        ];
        expect((0, path_access_1.vaultGrants)((0, policy_document_1.renderPolicyHcl)('test', rules))).toEqual([
            { path: 'kv/data/kommunen/mainz/*', capabilities: ['create', 'read'] },
            { path: 'pki-int/issue/kommune-mainz', capabilities: ['update'] },
        ]);
    });
    it('parses hand-written policies with comments, deny and the legacy policy form', () => {
        const hcl = `
      // shared
      path "kv/data/+/shared" { capabilities = ["read", "list",] }
      /* block
         comment */
      path "kv/data/secret" {
        capabilities = ["deny"]  # never
      }
      path "legacy/*" { policy = "write" }`;
        expect((0, path_access_1.vaultGrants)(hcl)).toEqual([
            { path: 'kv/data/+/shared', capabilities: ['read', 'list'] },
            { path: 'kv/data/secret', capabilities: ['deny'] },
            { path: 'legacy/*', capabilities: ['create', 'read', 'update', 'delete', 'list'] },
        ]);
    });
    it('fails when the policy uses constructs outside the supported subset', () => {
        expect(() => (0, path_access_1.vaultGrants)('path "a" { capabilities = ["read"]\n allowed_parameters = { "x" = [] } }')).toThrow(/line 2: expected capabilities or policy/);
        expect(() => (0, path_access_1.vaultGrants)('pathx "a" {}')).toThrow(/expected a path block/);
        expect(() => (0, path_access_1.vaultGrants)('path "a" { capabilities = ["read" }')).toThrow(/expected "," or "]"/);
    });
});
describe('Vault priority, deny and union', () => {
    it('orders patterns like Vault: later wildcard, no glob, fewer +, longer', () => {
        expect((0, path_access_1.compareVaultPriority)('kv/data/a/*', 'kv/data/*')).toBeGreaterThan(0);
        expect((0, path_access_1.compareVaultPriority)('kv/data/a', 'kv/data/a*')).toBeGreaterThan(0);
        expect((0, path_access_1.compareVaultPriority)('kv/+/a', 'kv/+/+')).toBeGreaterThan(0);
        expect((0, path_access_1.compareVaultPriority)('kv/data/+/x', 'kv/data/*')).toBeGreaterThan(0);
    });
    it('the most specific block of a policy decides; deny wins across policies', () => {
        const grants = (0, path_access_1.vaultGrants)('path "kv/data/*" { capabilities = ["read"] }\npath "kv/data/secret" { capabilities = ["deny"] }');
        expect((0, path_access_1.vaultCapabilities)(grants, 'kv/data/other')).toEqual(['read']);
        expect((0, path_access_1.vaultCapabilities)(grants, 'kv/data/secret')).toEqual(['deny']);
        expect((0, path_access_1.vaultCapabilities)(grants, 'sys/mounts')).toEqual([]);
        const writer = { grants: (0, path_access_1.vaultGrants)('path "kv/data/secret" { capabilities = ["update"] }') };
        expect((0, path_access_1.vaultAllows)([writer], 'kv/data/secret', 'update')).toBe(true);
        expect((0, path_access_1.vaultAllows)([writer, { grants }], 'kv/data/secret', 'update')).toBe(false);
        expect((0, path_access_1.vaultAllows)([writer, { grants }], 'kv/data/other', 'read')).toBe(true);
    });
});
describe('proxmoxAclCovers', () => {
    it('covers the path itself, and children only with propagate', () => {
        expect((0, path_access_1.proxmoxAclCovers)('/pool/kom-mainz', false, '/pool/kom-mainz')).toBe(true);
        expect((0, path_access_1.proxmoxAclCovers)('/pool/kom-mainz', false, '/pool/kom-mainz/sub')).toBe(false);
        expect((0, path_access_1.proxmoxAclCovers)('/pool/kom-mainz', true, '/pool/kom-mainz/sub')).toBe(true);
    });
    it('does not treat a name prefix as a parent', () => {
        expect((0, path_access_1.proxmoxAclCovers)('/pool/kom-mainz', true, '/pool/kom-mainz-kastel')).toBe(false);
        expect((0, path_access_1.proxmoxAclCovers)('/sdn/zones/kzone/t0001', true, '/sdn/zones/kzone/t0001srv')).toBe(false);
    });
    it('lets parent paths cover everything below when propagating', () => {
        expect((0, path_access_1.proxmoxAclCovers)('/', true, '/vms/100')).toBe(true);
        expect((0, path_access_1.proxmoxAclCovers)('/', false, '/vms/100')).toBe(false);
        expect((0, path_access_1.proxmoxAclCovers)('/sdn/zones/kzone', true, '/sdn/zones/kzone/t0002srv')).toBe(true);
        expect((0, path_access_1.proxmoxAclCovers)('/sdn', true, '/sdn/zones/kzone/t0002srv/10')).toBe(true);
    });
    it('normalizes like Proxmox (double and trailing slashes)', () => {
        expect((0, path_access_1.proxmoxAclCovers)('//pool//kom-mainz/', false, '/pool/kom-mainz')).toBe(true);
        expect((0, path_access_1.proxmoxAclCovers)('pool/kom-mainz', true, '/pool/kom-mainz/x')).toBe(true);
    });
});
