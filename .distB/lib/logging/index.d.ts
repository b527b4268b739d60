export * from './logging-baseline';
