/**
 * Access to the shared real-world data in ../shared (outside the repository). Tests that need it
 * use `describeIfShared`, which skips with the reason shown in jest's output when the folder is absent.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import * as fs from 'fs';
import * as path from 'path';
import { describeUnless } from './skip';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const HAS_SHARED = fs.existsSync(SHARED);
export const GEMEINDEN_CSV = path.join(SHARED, 'data', 'gemeinden-2021.csv');
export const HAS_GEMEINDEN = fs.existsSync(GEMEINDEN_CSV);

const SHARED_MISSING = HAS_SHARED ? undefined : `${SHARED} not found (the shared folder is not checked out next to the repository)`;
const GEMEINDEN_MISSING = SHARED_MISSING ?? (HAS_GEMEINDEN ? undefined : `${GEMEINDEN_CSV} not found`);

/** `describe` when ../shared exists, else skipped with the reason shown (see ./skip.ts). */
export function describeIfShared(name: string, body: () => void): void {
  describeUnless(SHARED_MISSING, name, body);
}

/** `describe` when the municipality register exists, else skipped with the reason shown. */
export function describeIfGemeinden(name: string, body: () => void): void {
  describeUnless(GEMEINDEN_MISSING, name, body);
}

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
