/**
 * The committed JSON Schemas and the generated tables in docs/parameters.md must equal what the
 * code generates; the schemas must carry the bounds of the constants. Fix a failure by running
 * writeJsonSchemas() and writeParameterDocs() (see docs/parameters.md, "Regenerating").
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { SEGMENT_PREFIX_BOUNDS } from '../../lib/model/catalogue';
import { LOG_RETENTION_DAYS, RETENTION_BOUNDS, DEFAULT_RETENTION, REASON_MIN_LENGTH } from '../../lib/model/defaults';
import { FLOW_IDS } from '../../lib/model/flows';
import { fleetSchema, kommuneSchema, SCHEMA_FILES, serializeSchema, writeJsonSchemas, JsonSchema } from '../../lib/config/json-schema';
import { generatedBlocks, PARAMETER_DOCS_FILE, renderParameterDocs } from '../../lib/config/param-docs';
import { cleanup, REPO, tempDir } from './fixtures';
import { parse } from 'yaml';

const read = (rel: string) => fs.readFileSync(path.join(REPO, rel), 'utf8');

describe('JSON Schema drift', () => {
  it('committed schemas/kommune.schema.json equals the generated schema', () => {
    expect(read(SCHEMA_FILES.kommune)).toBe(serializeSchema(kommuneSchema()));
  });

  it('committed schemas/fleet.schema.json equals the generated schema', () => {
    expect(read(SCHEMA_FILES.fleet)).toBe(serializeSchema(fleetSchema()));
  });

  it('writeJsonSchemas writes both files below a given root', () => {
    const dir = tempDir();
    try {
      const written = writeJsonSchemas(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'));
      expect(written).toEqual([SCHEMA_FILES.kommune, SCHEMA_FILES.fleet]);
      expect(fs.readFileSync(path.join(dir, SCHEMA_FILES.fleet), 'utf8')).toBe(serializeSchema(fleetSchema()));
    } finally {
      cleanup(dir);
    }
  });

  it('takes every bound and default from the constants', () => {
    const k = kommuneSchema();
    const retention = (k.properties?.backup.properties?.retention.properties ?? {}) as Record<string, JsonSchema>;
    for (const [field, b] of Object.entries(RETENTION_BOUNDS)) {
      expect([retention[field].minimum, retention[field].maximum]).toEqual([b.min, b.max]);
      expect(retention[field].default).toBe((DEFAULT_RETENTION as Record<string, number | undefined>)[field]);
    }
    const days = k.properties?.logging.properties?.retentionDays as JsonSchema;
    expect([days.minimum, days.maximum, days.default]).toEqual([LOG_RETENTION_DAYS.min, LOG_RETENTION_DAYS.max, LOG_RETENTION_DAYS.default]);
    const dmz = k.properties?.segments.properties?.dmz.properties?.prefixLength as JsonSchema;
    expect([dmz.minimum, dmz.maximum]).toEqual([SEGMENT_PREFIX_BOUNDS.min, SEGMENT_PREFIX_BOUNDS.max]);
    expect(Object.keys(k.properties?.flows.properties ?? {})).toEqual(FLOW_IDS);
    const reason = k.properties?.flowExceptions.additionalProperties as JsonSchema;
    expect(reason.properties?.reason.minLength).toBe(REASON_MIN_LENGTH);
  });

  it('validates the example parameter files with a plain ajv (as editors would)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const k = ajv.compile(JSON.parse(read(SCHEMA_FILES.kommune)));
    const f = ajv.compile(JSON.parse(read(SCHEMA_FILES.fleet)));
    for (const ex of ['musterstadt', 'verbandsgemeinde']) {
      expect(f(parse(read(`examples/${ex}/fleet.yaml`)))).toBe(true);
      const dir = path.join(REPO, 'examples', ex, 'kommunen');
      for (const file of fs.readdirSync(dir)) {
        const ok = k(parse(fs.readFileSync(path.join(dir, file), 'utf8')));
        expect([file, ok, k.errors ?? null]).toEqual([file, true, null]);
      }
    }
  });
});

describe('docs/parameters.md drift', () => {
  it('the generated tables in docs/parameters.md are up to date', () => {
    const text = read(PARAMETER_DOCS_FILE);
    expect(renderParameterDocs(text)).toBe(text);
  });

  it('lists every field with its bounds and default', () => {
    const blocks = generatedBlocks();
    expect(blocks.kommune).toContain('| `backup.retention.keepDaily` | integer |  | `14` | 7..90 |');
    expect(blocks.kommune).toContain('| `logging.retentionDays` | integer |  | `90` | 30..180 |');
    expect(blocks.fleet).toContain('| `network.zoneType` | string | yes |  | `vlan`, `qinq`, `vxlan`, `evpn` |');
    for (const id of FLOW_IDS) expect(blocks.flows).toContain(`| \`${id}\` |`);
  });

  it('fails when a marker is missing', () => {
    expect(() => renderParameterDocs('# no markers')).toThrow('markers for the generated block');
  });
});
