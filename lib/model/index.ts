/**
 * The bottom layer: the shared vocabulary every other folder speaks. Types of the parameter files
 * and the lock file, the vetted catalogue and defaults, the resolved TenantSpec, the allocation
 * scheme's constants and the identifier rules of every target system. Imports only `core`.
 */
export * from './parameters';
export * from './catalogue';
export * from './defaults';
export * from './flows';
export * from './spec';
export * from './allocation-scheme';
export * from './slug';
export * from './identifier-rules';
export * from './codes';
export * from './tenant-key';
export * from './vault-names';
export * from './vault-mounts';
