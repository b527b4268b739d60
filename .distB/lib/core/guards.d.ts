/** A plain JSON object (not null, not an array). */
export declare function isRecord(v: unknown): v is Record<string, unknown>;
