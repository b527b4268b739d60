/** Human-readable rendering of a TenantSpec for `kommunal explain`. */
import type { TenantSpec } from '../config/spec';
/** Multi-line text (ending in a newline) describing every resolved name, ID and setting. */
export declare function formatSpec(s: TenantSpec): string;
