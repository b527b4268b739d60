/**
 * Access to the shared real-world data in ../shared (outside the repository). Tests that need it
 * use `describeIfShared`, which skips cleanly with a console message when the folder is absent.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import * as fs from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const HAS_SHARED = fs.existsSync(SHARED);
export const GEMEINDEN_CSV = path.join(SHARED, 'data', 'gemeinden-2021.csv');
export const HAS_GEMEINDEN = fs.existsSync(GEMEINDEN_CSV);

if (!HAS_SHARED) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping tests on shared data: ${SHARED} not found (the shared folder is not checked out next to the repository).`);
} else if (!HAS_GEMEINDEN) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping real-municipality tests: ${GEMEINDEN_CSV} not found.`);
}

/** `describe` when ../shared exists, else `describe.skip`. */
export const describeIfShared: jest.Describe = HAS_SHARED ? describe : describe.skip;
/** `describe` when the municipality register exists, else `describe.skip`. */
export const describeIfGemeinden: jest.Describe = HAS_GEMEINDEN ? describe : describe.skip;

export interface Gemeinde {
  /** Amtlicher Gemeindeschluessel, 8 digits. */
  readonly ags: string;
  /** Official name exactly as printed in the register. */
  readonly name: string;
  /** Two-letter Land code (RP, BY, ...). */
  readonly land: string;
  readonly mietniveau: number;
}

let cache: readonly Gemeinde[] | undefined;

/** All rows of gemeinden-2021.csv (RFC 4180 quoting: quoted fields may contain commas and ""). */
export function loadGemeinden(): readonly Gemeinde[] {
  if (cache) return cache;
  const rows = parseCsv(fs.readFileSync(GEMEINDEN_CSV, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  cache = rows.map((r, i) => {
    if (!/^\d{8}$/.test(r.ags) || !/^[A-Z]{2}$/.test(r.land)) throw new Error(`${GEMEINDEN_CSV}:${i + 2}: unexpected row ${JSON.stringify(r)}`);
    return { ags: r.ags, name: r.name, land: r.land, mietniveau: Number(r.mietniveau) };
  });
  return cache;
}
