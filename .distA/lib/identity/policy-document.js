"use strict";
/**
 * Vault ACL policies as plain data, rendered to HCL deterministically (same input, same bytes).
 * {@link vaultGrants} in ./path-access.ts parses exactly this subset back.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.VAULT_CAPABILITIES = void 0;
exports.renderPolicyHcl = renderPolicyHcl;
/** Vault policy capabilities, in the canonical order they are rendered in. */
exports.VAULT_CAPABILITIES = ['create', 'read', 'update', 'patch', 'delete', 'list', 'sudo', 'deny'];
/**
 * Renders rules to policy HCL: a header comment, then one block per rule in the given order,
 * capabilities in canonical order, no duplicates.
 */
function renderPolicyHcl(header, rules) {
    const lines = [`# ${header}`];
    for (const rule of rules) {
        lines.push('');
        if (rule.comment !== undefined)
            lines.push(`# ${rule.comment}`);
        const caps = exports.VAULT_CAPABILITIES.filter((c) => rule.capabilities.includes(c));
        lines.push(`path ${JSON.stringify(rule.path)} {`);
        lines.push(`  capabilities = [${caps.map((c) => JSON.stringify(c)).join(', ')}]`);
        lines.push('}');
    }
    return lines.join('\n') + '\n';
}
