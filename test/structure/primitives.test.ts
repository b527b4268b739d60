import * as fs from 'fs';
import * as path from 'path';
import { LIB, sourceFiles } from './import-graph';

/**
 * One primitive each (issue #13): the helpers below once existed two or three times with different
 * semantics. Each is now exported by exactly one module of lib/; a file may declare a local wrapper
 * of the same name only if it imports the primitive's home (a wrapper that fixes options).
 */
const ONE_HOME: Readonly<Record<string, string>> = {
  parseCidr: 'core/ipv4.ts',
  cidrsOverlap: 'core/ipv4.ts',
  cidrContains: 'core/ipv4.ts',
  isHttpsUrl: 'core/url.ts',
  show: 'core/display.ts',
  isRecord: 'core/guards.ts',
  editDistance: 'core/did-you-mean.ts',
  didYouMean: 'core/did-you-mean.ts',
  DATA_MOUNT_TYPES: 'model/vault-mounts.ts',
  TENANT_KEY_PATTERN: 'model/tenant-key.ts',
  escapeTemplateLiteral: 'core/terraform-template.ts',
};

const files = sourceFiles().map((f) => ({ rel: path.relative(LIB, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));

/** Files that export `name`, and files that declare it locally without importing its home module. */
function declaredIn(name: string, home: string): string[] {
  const exported = new RegExp(`^export\\s+(async\\s+)?(function|const|let|class)\\s+${name}\\b`, 'm');
  const local = new RegExp(`^\\s*(function|const|let)\\s+${name}\\b`, 'm');
  const homeModule = home.replace(/\.ts$/, '');
  return files
    .filter((f) => exported.test(f.text) || (local.test(f.text) && !importsModule(f.rel, f.text, homeModule)))
    .map((f) => f.rel);
}

/** True when the file at `rel` imports the module `target` (both relative to lib/). */
function importsModule(rel: string, text: string, target: string): boolean {
  return [...text.matchAll(/from '(\.[^']+)'/g)].some((m) => path.posix.join(path.posix.dirname(rel), m[1]) === target);
}

describe('primitives live in one place', () => {
  it.each(Object.entries(ONE_HOME))('%s is declared only in %s', (name, home) => {
    expect(declaredIn(name, home)).toEqual([home]);
  });

  it('has no second object guard (isObj)', () => {
    expect(files.filter((f) => /function\s+isObj\b/.test(f.text)).map((f) => f.rel)).toEqual([]);
  });

  it('writes the tenant-key rule once', () => {
    const literal = '[a-z][a-z0-9-]{1,38}[a-z0-9]';
    expect(files.filter((f) => f.text.includes(literal)).map((f) => f.rel)).toEqual(['model/tenant-key.ts']);
  });
});
