export * from './allocate';
export * from './consistency';
export * from './errors';
export * from './ipv4';
export * from './lockfile';
