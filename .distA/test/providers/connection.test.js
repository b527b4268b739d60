"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const proxmox_connection_1 = require("../../lib/providers/proxmox-connection");
const vault_connection_1 = require("../../lib/providers/vault-connection");
const synth_1 = require("../helpers/synth");
describe('provider wiring', () => {
    function synthBoth() {
        const { stack } = (0, synth_1.testStack)();
        new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
        new vault_connection_1.VaultConnection(stack, 'Vault');
        return (0, synth_1.synthJson)(stack);
    }
    it('pins exact provider versions in required_providers', () => {
        const json = synthBoth();
        expect(json.terraform?.required_providers).toEqual({
            proxmox: { source: 'registry.terraform.io/bpg/proxmox', version: proxmox_connection_1.PROXMOX_PROVIDER_VERSION },
            vault: { source: 'hashicorp/vault', version: vault_connection_1.VAULT_PROVIDER_VERSION },
        });
        expect(proxmox_connection_1.PROXMOX_PROVIDER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
        expect(vault_connection_1.VAULT_PROVIDER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    });
    it('takes endpoint and credentials only from variables', () => {
        const json = synthBoth();
        const proxmox = json.provider?.proxmox?.[0] ?? {};
        expect(proxmox.endpoint).toBe('${var.proxmox_endpoint}');
        expect(proxmox.api_token).toBe('${var.proxmox_api_token}');
        expect(proxmox.insecure).toBe('${var.proxmox_insecure}');
        expect(proxmox).not.toHaveProperty('password');
        const vault = json.provider?.vault?.[0] ?? {};
        expect(vault.address).toBe('${var.vault_address}');
        expect(vault).not.toHaveProperty('token');
        // Credentials default to null so the providers fall back to their environment variables.
        expect(json.variable?.proxmox_api_token).toMatchObject({ sensitive: true, nullable: true, default: null });
        expect(json.variable?.proxmox_endpoint).toMatchObject({ nullable: true, default: null });
        expect(json.variable?.vault_address).toMatchObject({ nullable: true, default: null });
    });
    it('puts no literal endpoint, token or password in provider blocks or variable defaults', () => {
        const json = synthBoth();
        const providers = JSON.stringify(json.provider);
        expect(providers).not.toMatch(/https?:\/\//);
        expect(providers).not.toMatch(/PVEAPIToken|root@pam|hvs\./);
        for (const [name, variable] of Object.entries(json.variable ?? {})) {
            expect([null, false]).toContain(variable.default);
            expect(name).toMatch(/^(proxmox|vault)_/);
        }
    });
    it('supports a prefix, an alias and a Vault namespace', () => {
        const { stack } = (0, synth_1.testStack)();
        new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox', { variablePrefix: 'pve2', alias: 'second' });
        new vault_connection_1.VaultConnection(stack, 'Vault', { namespace: 'kommunen/mainz', alias: 'tenant' });
        const json = (0, synth_1.synthJson)(stack);
        expect(json.provider?.proxmox?.[0]).toMatchObject({ alias: 'second', endpoint: '${var.pve2_endpoint}' });
        expect(json.provider?.vault?.[0]).toMatchObject({ alias: 'tenant', namespace: 'kommunen/mainz' });
    });
});
