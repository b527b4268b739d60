/** Why a text is not a canonical IPv4 prefix. */
export type PrefixProblem = {
    readonly kind: 'not-string';
} | {
    readonly kind: 'format';
} | {
    readonly kind: 'octet';
} | {
    readonly kind: 'prefix-length';
} | {
    readonly kind: 'host-bits';
    readonly network: number;
    readonly prefixLength: number;
};
export type PrefixParse = {
    readonly ok: true;
    readonly network: number;
    readonly prefixLength: number;
} | {
    readonly ok: false;
    readonly problem: PrefixProblem;
};
/** Number of addresses in a prefix of this length. */
export declare function prefixSize(prefixLength: number): number;
/** Parses a dotted-quad address; undefined when it is not a valid IPv4 address. */
export declare function parseIpv4Address(text: unknown): number | undefined;
/** Formats an unsigned 32-bit number as a dotted quad. */
export declare function formatIpv4(value: number): string;
/** Parses `a.b.c.d/len` in canonical form (no host bits set). */
export declare function parseIpv4Prefix(text: unknown): PrefixParse;
