export * from './plan-json';
export * from './resource-classes';
export * from './tenant-scope';
export * from './plan-guard';
export * from './gitlab';
export * from './changed';
export * from './git';
export * from './credentials';
