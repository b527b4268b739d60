/**
 * STYLE 2: every prop of an L2/L3 construct is documented, and every optional one says what happens
 * when it is left out (`@default`). Checked on the interfaces and object-literal types that the
 * construct modules and their *-props.ts files export.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { LIB } from './import-graph';

/** Modules that declare construct props and the vocabulary they use. */
const PROPS_MODULES = [
  'model/tenant-identity.ts',
  'network/network-segments.ts',
  'network/tenant-firewall.ts',
  'identity/tenant-access-props.ts',
  'identity/tenant-vault.ts',
  'identity/platform-roles.ts',
  'backup/backup-plan.ts',
  'logging/logging-baseline.ts',
  'blueprint/kommune-stack.ts',
  'blueprint/platform-stack.ts',
  'blueprint/platform-base.ts',
];

/** Types that describe what a construct created (outputs), not what a user passes in. */
const OUTPUT_TYPES = new Set(['AclEntry', 'TenantVaultPolicy', 'SegmentVnet', 'GuestFirewall', 'IPlatformRoles']);

interface Gap {
  readonly where: string;
  readonly what: 'no doc' | 'no @default';
}

function docOf(node: ts.Node): { text: string; tags: string[] } {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const text = docs.map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? '')).join(' ').trim();
  const tags = docs.flatMap((d) => (d.tags ?? []).map((t) => t.tagName.text));
  return { text, tags };
}

function gapsOf(file: string): Gap[] {
  const full = path.join(LIB, file);
  const src = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.ES2022, true);
  const gaps: Gap[] = [];
  const visitMembers = (owner: string, members: ts.NodeArray<ts.TypeElement>): void => {
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.name) continue;
      const name = `${owner}.${m.name.getText(src)}`;
      const { text, tags } = docOf(m);
      if (text === '' && !tags.includes('deprecated')) gaps.push({ where: `${file}: ${name}`, what: 'no doc' });
      else if (m.questionToken && !tags.includes('default')) gaps.push({ where: `${file}: ${name}`, what: 'no @default' });
      if (m.type && ts.isTypeLiteralNode(m.type)) visitMembers(name, m.type.members);
    }
  };
  for (const s of src.statements) {
    const exported = (ts.getCombinedModifierFlags(s as unknown as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
    if (!exported) continue;
    if (ts.isInterfaceDeclaration(s) && !OUTPUT_TYPES.has(s.name.text)) visitMembers(s.name.text, s.members);
    if (ts.isTypeAliasDeclaration(s) && !OUTPUT_TYPES.has(s.name.text)) {
      const literals = ts.isUnionTypeNode(s.type) ? s.type.types : [s.type];
      for (const t of literals) if (ts.isTypeLiteralNode(t)) visitMembers(s.name.text, t.members);
    }
  }
  return gaps;
}

describe('construct props are documented (STYLE 2)', () => {
  it.each(PROPS_MODULES)('%s: every prop has a doc line, every optional prop a @default', (file) => {
    expect(gapsOf(file).map((g) => `${g.where}: ${g.what}`)).toEqual([]);
  });
});
