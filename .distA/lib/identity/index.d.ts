/** Identity L2 constructs: Proxmox roles, tenant access and realms, tenant Vault; isolation helpers. */
export * from './platform-roles';
export * from './tenant-access';
export * from './tenant-vault';
export * from './policy-document';
export * from './path-access';
