#!/usr/bin/env node
/**
 * Writes the tables of docs/datacenter.md that come from the rehearsal's datacenter seed (the
 * provisioning identities and the platform's Vault policy), between the markers
 * `<!-- seed:<name> -->` and `<!-- /seed:<name> -->`. Run after `npm run build`;
 * test/rehearsal/model/datacenter-doc.test.ts fails when the page and the seed differ.
 */
const fs = require('fs');
const path = require('path');
const { renderSeedSections } = require('../dist/lib/rehearsal/model/seed-doc.js');

const file = path.join(__dirname, '..', 'docs', 'datacenter.md');
const text = fs.readFileSync(file, 'utf8');
fs.writeFileSync(file, renderSeedSections(text));
