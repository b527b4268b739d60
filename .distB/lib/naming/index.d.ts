export * from './slug';
export * from './rules';
export * from './codes';
export * from './tenant-key';
export * from './vault-names';
