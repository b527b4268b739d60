/** Calendar dates as the parameter files write them ("YYYY-MM-DD", UTC). No clock is read here. */
/** The date pattern of parameter files and JSON Schemas. */
export declare const DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/** True for a real calendar date "YYYY-MM-DD" (not 2025-02-30). */
export declare function isCalendarDate(v: unknown): v is string;
/** `date` plus `days` calendar days (UTC). */
export declare function addDays(date: string, days: number): string;
