/**
 * The build precompiles the schema validators (scripts/gen-validators.js); they must report exactly
 * what validators compiled at run time report, or the CLI's messages would differ from the tests'.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { fleetSchema, kommuneSchema } from '../../lib/config/json-schema';
import { AJV_OPTIONS, configureAjv, PRECOMPILED_VALIDATORS } from '../../lib/config/schema-check';

const REPO = path.resolve(__dirname, '../..');
const FILE = path.join(REPO, 'dist/lib/config', PRECOMPILED_VALIDATORS);

describe('precompiled schema validators', () => {
  if (!fs.existsSync(FILE)) throw new Error(`${FILE} is missing: run "npm run build" first (npm test does)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pre = require(FILE) as Record<'kommune' | 'fleet', ValidateFunction>;
  const ajv = configureAjv(new Ajv(AJV_OPTIONS));
  const live = { kommune: ajv.compile(kommuneSchema() as object), fleet: ajv.compile(fleetSchema() as object) };

  const examples = fs.readdirSync(path.join(REPO, 'examples'));
  const kommunen = examples.flatMap((e) => {
    const dir = path.join(REPO, 'examples', e, 'kommunen');
    return fs.readdirSync(dir).map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown);
  });
  const fleets = examples.map((e) => parse(fs.readFileSync(path.join(REPO, 'examples', e, 'fleet.yaml'), 'utf8')) as unknown);
  const badKommunen: unknown[] = [
    {}, 'text', [1], null,
    { key: 'Mainz!', name: 5, kind: 'dorf', sise: 'm', backup: { retention: { keepDaily: 400 } } },
    { key: 'abc', name: 'n', kind: 'stadt', flows: { x: { reason: 1 } }, identity: { source: 'ldap', ldap: { server: '', baseDn: 3 } } },
  ];
  const badFleets: unknown[] = [{}, { name: 'X', network: { zoneType: 'foo', supernets: [] } }, { ...(fleets[0] as object), vault: { isolation: 'both' } }];

  it.each([
    ['kommune', [...kommunen, ...badKommunen]],
    ['fleet', [...fleets, ...badFleets]],
  ] as const)('%s: same verdict and same errors for valid and invalid documents', (kind, docs) => {
    let invalid = 0;
    for (const doc of docs) {
      const a = pre[kind](doc);
      const b = live[kind](doc);
      expect(a).toBe(b);
      expect(pre[kind].errors ?? null).toEqual(live[kind].errors ?? null);
      if (!b) invalid += 1;
    }
    expect(invalid).toBeGreaterThan(2);
  });
});
