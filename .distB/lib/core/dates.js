"use strict";
/** Calendar dates as the parameter files write them ("YYYY-MM-DD", UTC). No clock is read here. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATE_PATTERN = void 0;
exports.isCalendarDate = isCalendarDate;
exports.addDays = addDays;
/** The date pattern of parameter files and JSON Schemas. */
exports.DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
const DATE_RE = new RegExp(exports.DATE_PATTERN);
/** True for a real calendar date "YYYY-MM-DD" (not 2025-02-30). */
function isCalendarDate(v) {
    if (typeof v !== 'string' || !DATE_RE.test(v))
        return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
/** `date` plus `days` calendar days (UTC). */
function addDays(date, days) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}
