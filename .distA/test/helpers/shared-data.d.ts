export declare const SHARED: string;
export declare const HAS_SHARED: boolean;
export declare const GEMEINDEN_CSV: string;
export declare const HAS_GEMEINDEN: boolean;
/** `describe` when ../shared exists, else `describe.skip`. */
export declare const describeIfShared: jest.Describe;
/** `describe` when the municipality register exists, else `describe.skip`. */
export declare const describeIfGemeinden: jest.Describe;
export interface Gemeinde {
    /** Amtlicher Gemeindeschluessel, 8 digits. */
    readonly ags: string;
    /** Official name exactly as printed in the register. */
    readonly name: string;
    /** Two-letter Land code (RP, BY, ...). */
    readonly land: string;
    readonly mietniveau: number;
}
/** All rows of gemeinden-2021.csv (RFC 4180 quoting: quoted fields may contain commas and ""). */
export declare function loadGemeinden(): readonly Gemeinde[];
