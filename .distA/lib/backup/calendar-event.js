"use strict";
/**
 * Validation of Proxmox VE calendar events (the systemd.time-like syntax of backup job schedules),
 * so that a schedule Proxmox would reject fails at synth, not at apply.
 *
 * Grammar accepted (a strict subset of what Proxmox accepts, enough for backup windows):
 *   [weekdays] [[year-]month-day] [hour:minute[:second]]   or one of the keywords below.
 * weekdays: mon..sun, lists "mon,wed", ranges "mon..fri". Numeric fields: "*", N, "A..B", lists
 * "1,5", each optionally with a repetition "/N".
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.calendarEventProblem = calendarEventProblem;
const KEYWORDS = new Set(['minutely', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'quarterly', 'semiannually']);
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
function checkWeekdays(spec) {
    for (const part of spec.split(',')) {
        const range = part.split('..');
        if (range.length > 2 || range.some((d) => !WEEKDAYS.includes(d))) {
            return `weekday "${part}" is not one of ${WEEKDAYS.join(', ')} (or a range like mon..fri)`;
        }
    }
    return undefined;
}
function checkField(spec, name, min, max) {
    for (const part of spec.split(',')) {
        const m = /^(\*|\d{1,4}(?:\.\.\d{1,4})?)(?:\/(\d{1,4}))?$/.exec(part);
        if (!m)
            return `${name} "${part}" is not "*", a number, a range A..B or a list (optionally with /N)`;
        if (m[1] !== '*') {
            const [a, b] = m[1].split('..').map(Number);
            for (const v of b === undefined ? [a] : [a, b]) {
                if (v < min || v > max)
                    return `${name} ${v} is outside ${min}..${max}`;
            }
            if (b !== undefined && b < a)
                return `${name} range ${m[1]} runs backwards`;
        }
        if (m[2] !== undefined && Number(m[2]) === 0)
            return `${name} repetition /0 is not allowed`;
    }
    return undefined;
}
/** Returns undefined when Proxmox accepts the calendar event, else why not. */
function calendarEventProblem(event) {
    const text = event.trim();
    if (text === '')
        return 'the schedule is empty';
    if (KEYWORDS.has(text))
        return undefined;
    const tokens = text.split(/\s+/);
    let i = 0;
    if (/^[a-z]/.test(tokens[i])) {
        const p = checkWeekdays(tokens[i]);
        if (p)
            return p;
        i += 1;
    }
    if (i < tokens.length && tokens[i].includes('-')) {
        const parts = tokens[i].split('-');
        if (parts.length < 2 || parts.length > 3)
            return `date "${tokens[i]}" is not [year-]month-day`;
        const [year, month, day] = parts.length === 3 ? parts : [undefined, parts[0], parts[1]];
        const p = (year !== undefined ? checkField(year, 'year', 1970, 9999) : undefined)
            ?? checkField(month, 'month', 1, 12) ?? checkField(day, 'day', 1, 31);
        if (p)
            return p;
        i += 1;
    }
    if (i < tokens.length && tokens[i].includes(':')) {
        const parts = tokens[i].split(':');
        if (parts.length < 2 || parts.length > 3)
            return `time "${tokens[i]}" is not hour:minute[:second]`;
        const p = checkField(parts[0], 'hour', 0, 23) ?? checkField(parts[1], 'minute', 0, 59)
            ?? (parts[2] !== undefined ? checkField(parts[2], 'second', 0, 59) : undefined);
        if (p)
            return p;
        i += 1;
    }
    if (i === 0)
        return `"${text}" is neither a keyword (${[...KEYWORDS].join(', ')}) nor weekday/date/time`;
    if (i < tokens.length)
        return `unexpected "${tokens.slice(i).join(' ')}" after the time`;
    return undefined;
}
