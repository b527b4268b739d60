/**
 * Vault ACL policies as plain data, rendered to HCL deterministically (same input, same bytes).
 * {@link vaultGrants} in ./path-access.ts parses exactly this subset back.
 */

/** Vault policy capabilities, in the canonical order they are rendered in. */
export const VAULT_CAPABILITIES = ['create', 'read', 'update', 'patch', 'delete', 'list', 'sudo', 'deny'] as const;

/** One Vault policy capability. */
export type VaultCapability = (typeof VAULT_CAPABILITIES)[number];

/** One `path` block of a policy. */
export interface PolicyRule {
  /** Path pattern (`*` only at the end, `+` as a whole segment). */
  readonly path: string;
  /** Capabilities granted (or `deny`). */
  readonly capabilities: readonly VaultCapability[];
  /** A comment line rendered above the block. @default - none */
  readonly comment?: string;
}

/**
 * Renders rules to policy HCL: a header comment, then one block per rule in the given order,
 * capabilities in canonical order, no duplicates.
 */
export function renderPolicyHcl(header: string, rules: readonly PolicyRule[]): string {
  const lines: string[] = [`# ${header}`];
  for (const rule of rules) {
    lines.push('');
    if (rule.comment !== undefined) lines.push(`# ${rule.comment}`);
    const caps = VAULT_CAPABILITIES.filter((c) => rule.capabilities.includes(c));
    lines.push(`path ${JSON.stringify(rule.path)} {`);
    lines.push(`  capabilities = [${caps.map((c) => JSON.stringify(c)).join(', ')}]`);
    lines.push('}');
  }
  return lines.join('\n') + '\n';
}
