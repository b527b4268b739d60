#!/usr/bin/env node
/*
 * Generates the typed CDKTF bindings for the bpg/proxmox provider and the schema facts that the
 * offline conformance check needs.
 *
 *   npm run gen:proxmox [-- <path to provider schema JSON>]
 *
 * Input: the provider schema in `terraform providers schema -json` format, by default
 * ../shared/schemas/bpg-proxmox-0.111.1.json (override with the first argument or
 * KOMMUNAL_PROXMOX_SCHEMA). Output (both committed, never edited by hand):
 *   lib/providers/proxmox/**            bindings written by @cdktf/provider-generator
 *   lib/providers/facts/proxmox.json    attribute/block facts for lib/verify/conformance.ts
 *
 * Running it twice yields no diff: the generator output is deterministic and the facts are written
 * with sorted keys.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { blockFacts, writeJsonSorted } = require('./facts-util');

const PROVIDER_FQPN = 'registry.terraform.io/bpg/proxmox';
const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SCHEMA = path.resolve(ROOT, '..', 'shared', 'schemas', 'bpg-proxmox-0.111.1.json');
const OUT_BINDINGS = path.join(ROOT, 'lib', 'providers', 'proxmox');
const OUT_FACTS = path.join(ROOT, 'lib', 'providers', 'facts', 'proxmox.json');

function fail(message) {
  process.stderr.write(`gen:proxmox: ${message}\n`);
  process.exit(1);
}

function loadSchema(file) {
  if (!fs.existsSync(file)) {
    fail(
      `schema file not found: ${file}\n` +
        '  Expected the bpg/proxmox provider schema (terraform providers schema -json).\n' +
        '  Pass its path as the first argument or set KOMMUNAL_PROXMOX_SCHEMA.',
    );
  }
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`schema file is not valid JSON: ${file}: ${e.message}`);
  }
  if (!schema || typeof schema !== 'object' || typeof schema.provider_schemas !== 'object' || !schema.provider_schemas) {
    fail(`${file}: missing "provider_schemas" object; is this the output of "terraform providers schema -json"?`);
  }
  const provider = schema.provider_schemas[PROVIDER_FQPN];
  if (!provider || typeof provider !== 'object') {
    const found = Object.keys(schema.provider_schemas).join(', ') || 'none';
    fail(`${file}: provider_schemas has no "${PROVIDER_FQPN}" (found: ${found})`);
  }
  for (const key of ['resource_schemas', 'data_source_schemas']) {
    if (typeof provider[key] !== 'object' || provider[key] === null) {
      fail(`${file}: provider_schemas["${PROVIDER_FQPN}"].${key} is missing or not an object`);
    }
  }
  if (!provider.provider || typeof provider.provider.block !== 'object') {
    fail(`${file}: provider_schemas["${PROVIDER_FQPN}"].provider.block is missing`);
  }
  return schema;
}

function versionFromFileName(file) {
  const m = /-(\d+\.\d+\.\d+)\.json$/.exec(path.basename(file));
  if (!m) fail(`cannot read the provider version from the file name ${path.basename(file)} (expected "...-X.Y.Z.json")`);
  return m[1];
}

async function main() {
  const file = path.resolve(process.argv[2] || process.env.KOMMUNAL_PROXMOX_SCHEMA || DEFAULT_SCHEMA);
  const schema = loadSchema(file);
  const version = versionFromFileName(file);
  const started = process.hrtime.bigint();

  // What `cdktf get` does: record the exact version so the generated provider pins it in
  // required_providers.
  // The generator mutates its input (it adds the `alias` meta-argument to the provider block), so it
  // gets a deep copy and the facts are taken from the untouched schema.
  const input = {
    format_version: schema.format_version,
    provider_schemas: { [PROVIDER_FQPN]: structuredClone(schema.provider_schemas[PROVIDER_FQPN]) },
    provider_versions: { [PROVIDER_FQPN]: version },
  };

  // The generator package logs through log4js on load; keep our output readable.
  const { generateProviderBindingsFromSchema } = require('@cdktf/provider-generator');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-gen-'));
  try {
    await generateProviderBindingsFromSchema(tmp, input);
    const generated = path.join(tmp, 'providers', 'proxmox');
    if (!fs.existsSync(path.join(generated, 'index.ts'))) fail('the generator wrote no providers/proxmox/index.ts');
    fs.rmSync(OUT_BINDINGS, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(OUT_BINDINGS), { recursive: true });
    fs.cpSync(generated, OUT_BINDINGS, { recursive: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const p = schema.provider_schemas[PROVIDER_FQPN];
  const facts = {
    provider: 'proxmox',
    source: 'bpg/proxmox',
    version,
    generatedFrom: path.basename(file),
    providerBlock: blockFacts(p.provider.block),
    resources: Object.fromEntries(Object.entries(p.resource_schemas).map(([k, v]) => [k, blockFacts(v.block)])),
    dataSources: Object.fromEntries(Object.entries(p.data_source_schemas).map(([k, v]) => [k, blockFacts(v.block)])),
  };
  writeJsonSorted(OUT_FACTS, facts);

  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else {
        files += 1;
        bytes += fs.statSync(f).size;
      }
    }
  };
  walk(OUT_BINDINGS);
  process.stdout.write(
    `gen:proxmox: bpg/proxmox ${version}: ${Object.keys(p.resource_schemas).length} resources, ` +
      `${Object.keys(p.data_source_schemas).length} data sources -> ${path.relative(ROOT, OUT_BINDINGS)} ` +
      `(${files} files, ${(bytes / 1e6).toFixed(1)} MB) and ${path.relative(ROOT, OUT_FACTS)} in ${ms.toFixed(0)} ms\n`,
  );
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
