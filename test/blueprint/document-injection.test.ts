/**
 * Names and free text in the auditor documents, the compliance report and `kommunal explain`
 * (issue #14, item 3): a name cannot forge a heading, a link or a table cell, and no control
 * character reaches the output. The specs here are built in code, past the schema (which refuses
 * control characters in parameter files, test/config/control-characters.test.ts): the renderers
 * hold on their own.
 */
import { renderAccessMatrix, renderBackupPlan, renderNetworkPlan } from '../../lib/blueprint/tenant-documents';
import { formatSpec } from '../../lib/cli/format-spec';
import { checkStack } from '../../lib/compliance/check';
import { fleetReport, renderMarkdownReport } from '../../lib/compliance/report';
import type { TenantSpec } from '../../lib/model/spec';
import { musterstadt } from '../compliance/fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commonmark = require('commonmark') as {
  Parser: new () => { parse(text: string): { walker(): { next(): { entering: boolean; node: { type: string; literal: string | null; level?: number } } | null } } };
};

/** Headings, links, images, HTML and list items of a Markdown document, with the text of each heading. */
function structure(markdown: string): { headings: string[]; links: number; html: number; items: number } {
  const doc = new commonmark.Parser().parse(markdown);
  const w = doc.walker();
  const headings: string[] = [];
  let links = 0;
  let html = 0;
  let items = 0;
  let heading: string[] | undefined;
  for (let e = w.next(); e !== null; e = w.next()) {
    const t = e.node.type;
    if (t === 'heading') {
      if (e.entering) heading = [];
      else {
        headings.push(`${'#'.repeat(e.node.level ?? 0)} ${(heading ?? []).join('')}`);
        heading = undefined;
      }
    } else if (e.entering && heading !== undefined && (t === 'text' || t === 'code')) heading.push(e.node.literal ?? '');
    if (!e.entering) continue;
    if (t === 'link' || t === 'image') links++;
    if (t === 'html_inline' || t === 'html_block') html++;
    if (t === 'item') items++;
  }
  return { headings, links, html, items };
}

const HOSTILE_NAME = 'Stadt [x](https://evil.example) **fett**\n# Freigabe erteilt\u001b[2J';
const HOSTILE_REASON = 'ok | forged cell <img src=x onerror=alert(1)>\n## Forged section\n- forged item';
const HOSTILE_GROUP = 'grp`x` [y](z)';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function hostileSpec(spec: TenantSpec): TenantSpec {
  const flows = Object.fromEntries(Object.entries(spec.network.flows).map(([id, f]) => [id, { ...f, reason: HOSTILE_REASON }]));
  const directoryGroups = { ...spec.identity.directoryGroups, admins: HOSTILE_GROUP };
  return { ...spec, name: HOSTILE_NAME, network: { ...spec.network, flows }, identity: { ...spec.identity, directoryGroups } } as TenantSpec;
}

describe('tenant documents with hostile names and reasons', () => {
  const { spec } = musterstadt();
  const bad = hostileSpec(spec);

  it.each([
    ['network plan', (s: TenantSpec) => renderNetworkPlan(s)],
    ['backup plan', (s: TenantSpec) => renderBackupPlan(s)],
    ['access matrix', (s: TenantSpec) => renderAccessMatrix(s, [], [])],
  ])('%s: same headings, links, HTML and list items as with a harmless name; the name shows as text', (_doc, render) => {
    const good = structure(render(spec));
    const evil = structure(render(bad));
    expect(evil.headings.length).toBe(good.headings.length);
    expect(evil.headings.slice(1)).toEqual(good.headings.slice(1));
    expect(evil.headings[0]).toContain('Stadt [x](https://evil.example) **fett**\\u000A# Freigabe erteilt\\u001B[2J');
    expect({ links: evil.links, html: evil.html, items: evil.items }).toEqual({ links: good.links, html: good.html, items: good.items });
    expect(render(bad)).not.toMatch(CONTROL);
  });

  it('network plan keeps a hostile flow reason inside its table row', () => {
    const md = renderNetworkPlan(bad);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('forged cell'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(Object.keys(spec.network.flows).length);
    const cells = (row: string) => row.split(/(?<!\\)\|/).length;
    const header = md.split('\n').find((l) => l.startsWith('| flow |'))!;
    for (const row of rows) expect(cells(row)).toBe(cells(header));
  });
});

describe('compliance report with a hostile suppression reason', () => {
  it('keeps the reason inside its list item (no forged section, link or HTML)', () => {
    const ref = musterstadt();
    const render = (reason: string) =>
      renderMarkdownReport(fleetReport([checkStack(ref.json, { spec: ref.spec, now: '2026-01-15', suppressions: [{ rule: 'KOM-NET-3', reason, source: 'option', origin: 'test' }] })], { date: '2026-01-15' }));
    const good = structure(render('Building automation vendor DHCP, accepted by the ISB (ticket 4712)'));
    const evil = structure(render(HOSTILE_REASON));
    expect(evil).toEqual(good);
    expect(render(HOSTILE_REASON)).not.toMatch(CONTROL);
  });
});

describe('kommunal explain with hostile names', () => {
  it('prints every value on its line, with control characters visible', () => {
    const { spec } = musterstadt();
    const good = formatSpec(spec);
    const evil = formatSpec(hostileSpec(spec));
    expect(evil.split('\n')).toHaveLength(good.split('\n').length);
    expect(evil).not.toMatch(CONTROL);
    expect(evil.split('\n')[0]).toBe(`musterstadt: Stadt [x](https://evil.example) **fett**\\u000A# Freigabe erteilt\\u001B[2J (${spec.kind}, AGS ${spec.ags})`);
  });
});
