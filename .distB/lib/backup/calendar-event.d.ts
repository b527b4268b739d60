/**
 * Validation of Proxmox VE calendar events (the systemd.time-like syntax of backup job schedules),
 * so that a schedule Proxmox would reject fails at synth, not at apply.
 *
 * Grammar accepted (a strict subset of what Proxmox accepts, enough for backup windows):
 *   [weekdays] [[year-]month-day] [hour:minute[:second]]   or one of the keywords below.
 * weekdays: mon..sun, lists "mon,wed", ranges "mon..fri". Numeric fields: "*", N, "A..B", lists
 * "1,5", each optionally with a repetition "/N".
 */
/** Returns undefined when Proxmox accepts the calendar event, else why not. */
export declare function calendarEventProblem(event: string): string | undefined;
