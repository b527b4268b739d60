'use strict';
/*
 * Shared helpers of the fact generators. The facts format is documented in
 * lib/verify/schema-facts.ts (types BlockFacts, AttributeFacts, NestedBlockFacts).
 */
const fs = require('fs');
const path = require('path');

/** Converts a Terraform provider-schema block (`terraform providers schema -json`) to BlockFacts. */
function blockFacts(block) {
  const out = { attributes: {}, blocks: {} };
  for (const [name, a] of Object.entries(block.attributes || {})) {
    out.attributes[name] = attributeFacts(a);
  }
  for (const [name, b] of Object.entries(block.block_types || {})) {
    const nb = { nesting: b.nesting_mode, block: blockFacts(b.block || {}) };
    if (typeof b.min_items === 'number' && b.min_items > 0) nb.minItems = b.min_items;
    if (typeof b.max_items === 'number' && b.max_items > 0) nb.maxItems = b.max_items;
    out.blocks[name] = nb;
  }
  return out;
}

function attributeFacts(a) {
  const f = {};
  if (a.nested_type) {
    const nested = { attributes: {} };
    for (const [n, na] of Object.entries(a.nested_type.attributes || {})) nested.attributes[n] = attributeFacts(na);
    f.nested = { nesting: a.nested_type.nesting_mode, attributes: nested.attributes };
  } else {
    f.type = a.type;
  }
  if (a.required) f.required = true;
  if (a.computed && !a.optional && !a.required) f.computedOnly = true;
  if (a.sensitive) f.sensitive = true;
  if (a.deprecated) f.deprecated = true;
  return f;
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

/** Writes JSON with sorted keys and a trailing newline, so that regeneration gives no diff. */
function writeJsonSorted(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(sortKeys(value), null, 1) + '\n');
}

module.exports = { blockFacts, writeJsonSorted, sortKeys };
