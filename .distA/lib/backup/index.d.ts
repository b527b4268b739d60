export * from './backup-plan';
export * from './calendar-event';
