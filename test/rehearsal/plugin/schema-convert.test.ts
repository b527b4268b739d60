/**
 * The real provider schemas (bpg/proxmox 0.111.1, hashicorp/vault 5.6.0 from the project's shared
 * schema folder) through the type tree, the codec and the proto schema conversion. Skipped with a
 * printed reason when the shared folder is not there.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ProviderSchemaJson } from '../../../lib/rehearsal/provider-api';
import { decodeMsgpack, encodeMsgpack } from '../../../lib/rehearsal/plugin/codec';
import { schemaType } from '../../../lib/rehearsal/plugin/cty-type';
import { toProtoSchema, toProtoSchemaMap } from '../../../lib/rehearsal/plugin/schema-convert';

const SHARED = process.env.KOMMUNAL_SHARED_SCHEMAS ?? path.resolve(__dirname, '../../../../shared/schemas');
const FILES = [
  ['bpg-proxmox-0.111.1.json', 'registry.terraform.io/bpg/proxmox'],
  ['vault-5.6.0.json', 'registry.terraform.io/hashicorp/vault'],
] as const;
const present = FILES.every(([f]) => fs.existsSync(path.join(SHARED, f)));
if (!present) console.warn(`schema-convert.test.ts: real-schema checks skipped, ${SHARED} has no provider schema files`);
const describeReal = present ? describe : describe.skip;

describeReal('real provider schemas', () => {
  for (const [file, address] of FILES) {
    it(`${file}: every type converts, its null-filled object round-trips, conversion is deterministic`, () => {
      const schema = (JSON.parse(fs.readFileSync(path.join(SHARED, file), 'utf8')) as { provider_schemas: Record<string, ProviderSchemaJson> }).provider_schemas[address];
      const all = { ...schema.resource_schemas, ...schema.data_source_schemas, ...schema.ephemeral_resource_schemas, __provider: schema.provider };
      for (const [name, s] of Object.entries(all)) {
        const t = schemaType(s, name);
        expect(decodeMsgpack(encodeMsgpack({}, t), t)).toEqual(expect.any(Object));
        expect(decodeMsgpack(encodeMsgpack(null, t), t)).toBeNull();
        expect(toProtoSchema(s).block).toBeDefined();
      }
      const a = JSON.stringify(toProtoSchemaMap(schema.resource_schemas));
      expect(JSON.stringify(toProtoSchemaMap(schema.resource_schemas))).toBe(a);
    });
  }
});
