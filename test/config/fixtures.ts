/** Helpers for parameter-file tests: temporary fleets and files written from inline YAML. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FIXTURES = path.resolve(__dirname, '../fixtures/config');
export const VALID_FLEET = path.join(FIXTURES, 'valid-fleet');
export const REPO = path.resolve(__dirname, '../..');

/** Every folder `tempDir` made in this test file; removed after the file's tests even where a test does not call `cleanup`. */
const MADE: string[] = [];
if (typeof afterAll === 'function') afterAll(() => { for (const d of MADE.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

/** A fresh temporary folder (removed by `cleanup`, and in any case after the test file). */
export function tempDir(prefix = 'kommunal-config-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  MADE.push(dir);
  return dir;
}

/** Writes files (relative path -> content) below `dir` and returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

/** Copies the valid fixture fleet into a temporary folder, then applies `files` on top (null deletes). */
export function fleetWith(files: Record<string, string | null> = {}): string {
  const dir = tempDir();
  fs.cpSync(VALID_FLEET, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    if (text === null) fs.rmSync(abs, { force: true });
    else writeFiles(dir, { [rel]: text });
  }
  return dir;
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Joins lines into file content (keeps line numbers in tests readable). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
