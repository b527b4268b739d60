/**
 * The plugin-protocol layer of the shadow Terraform providers: everything between terraform and a
 * `ShadowProvider` (see ../provider-api.ts). Re-exports only.
 */
export * from './cty-type';
export * from './codec';
export * from './schema-convert';
export * from './handshake';
export * from './certificate';
export * from './protocol';
export * from './server';
export * from './install';
