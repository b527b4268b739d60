import type { SegmentName } from './model';
import type { Problem } from './problems';
import type { SourceFile } from './source';
import { isCalendarDate } from '../core/dates';
type Obj = Record<string, unknown>;
export declare function isObj(v: unknown): v is Obj;
/** Minutes since the earliest window time (18:00): 18:00 -> 0, 06:00 -> 720, 12:00 -> 1080. */
export declare function minutesIntoNight(hhmm: string): number;
/** Length of the vetted night in minutes (18:00-06:00 = 720). */
export declare const NIGHT_MINUTES: number;
/** Segments a tenant has: the mandatory ones plus those listed under `segments`. */
export declare function enabledSegments(segments: unknown): SegmentName[];
/** Checks a DNS domain beyond the schema pattern (label lengths, total length). */
export declare function domainProblem(domain: string): string | undefined;
export declare function checkKommune(src: SourceFile, data: unknown): Problem[];
export declare function isHttpsUrl(url: string): boolean;
export { isCalendarDate };
