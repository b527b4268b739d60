/**
 * The network plan of one tenant from its reachability result: a Markdown flow matrix (segment ×
 * segment → allowed protocols/ports, with the rules that allow them) and an SVG picture (segments
 * as boxes with their guests, allowed flows as labelled arrows). Deterministic; every text from the
 * stack or the parameter files is escaped.
 */
import type { MatrixCell, TenantReachability } from './analyse';
import { describeRule } from './analyse';
import { formatPorts } from './port-set';

/** Escapes text for a Markdown table cell (pipes, backslashes, HTML, line breaks). */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_[\]]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function cellText(cells: readonly MatrixCell[]): string {
  return cells.map((c) => (c.proto === 'icmp' ? 'icmp' : `${c.proto} ${formatPorts(c.ports)}`)).join('; ');
}

/** The flow matrix and the rules behind each allowed flow, as Markdown. */
export function renderFlowMatrixMarkdown(r: TenantReachability): string {
  const lines: string[] = [];
  lines.push(`## Allowed flows of ${escapeMarkdownCell(r.tenant)} (zone type ${escapeMarkdownCell(r.zoneType)})`, '');
  lines.push(`Rows: origin segment; columns: target segment. ${r.guests} guest(s), ${r.endpoints} endpoint(s); new connections only (replies pass as ESTABLISHED).`, '');
  lines.push(`| from \\ to | ${r.segments.map(escapeMarkdownCell).join(' | ')} |`);
  lines.push(`|---|${r.segments.map(() => '---').join('|')}|`);
  for (const a of r.segments) {
    const row = r.segments.map((b) => {
      const cells = r.matrix.filter((c) => c.from === a && c.to === b);
      return cells.length === 0 ? '–' : escapeMarkdownCell(cellText(cells));
    });
    lines.push(`| **${escapeMarkdownCell(a)}** | ${row.join(' | ')} |`);
  }
  lines.push('', '| From | To | Protocol | Ports | Allowed by |', '|---|---|---|---|---|');
  for (const c of r.matrix) {
    const by = c.rules.map((x) => describeRule(x)).join('; ');
    lines.push(`| ${escapeMarkdownCell(c.from)} | ${escapeMarkdownCell(c.to)} | ${c.proto} | ${escapeMarkdownCell(formatPorts(c.ports))} | ${escapeMarkdownCell(by)} |`);
  }
  if (r.violations.length > 0) {
    lines.push('', `### Counter-examples (${r.violations.length})`, '', '| Kind | Source | Target | Protocol/ports | Rule |', '|---|---|---|---|---|');
    for (const v of r.violations) {
      lines.push(`| ${v.kind} | ${escapeMarkdownCell(v.src)} | ${escapeMarkdownCell(v.dst)} | ${v.proto}/${escapeMarkdownCell(v.ports)} | ${escapeMarkdownCell(describeRule(v.rule))} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Guests to draw inside each segment box (label per guest NIC). */
export type SegmentGuests = Readonly<Record<string, readonly string[]>>;

const BOX_W = 200;
const GAP = 140;
const TOP = 170;
const LINE = 16;

/**
 * The network plan as SVG: one box per segment in a row (the result's segment order), the guests
 * inside, one arrow per ordered segment pair with allowed flows, labelled with protocols and ports
 * (arrows to the right above the boxes, to the left below).
 */
export function renderNetworkPlanSvg(r: TenantReachability, guests: SegmentGuests = {}): string {
  const n = r.segments.length;
  const maxGuests = Math.max(1, ...r.segments.map((s) => (guests[s] ?? []).length));
  const boxH = 40 + maxGuests * LINE;
  const width = Math.max(1, n) * BOX_W + Math.max(0, n - 1) * GAP + 40;
  const height = TOP + boxH + 170;
  const x = (i: number) => 20 + i * (BOX_W + GAP);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${escapeXml(`Network plan of ${r.tenant}`)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>');
  out.push(`<text x="20" y="24" font-size="16" font-weight="bold">${escapeXml(`${r.tenant} (${r.zoneType})`)}</text>`);
  r.segments.forEach((s, i) => {
    out.push(`<g class="segment"><rect x="${x(i)}" y="${TOP}" width="${BOX_W}" height="${boxH}" rx="6" fill="#eef4fb" stroke="#336"/>`);
    out.push(`<text x="${x(i) + 10}" y="${TOP + 20}" font-weight="bold">${escapeXml(s)}</text>`);
    (guests[s] ?? []).forEach((g, k) => out.push(`<text x="${x(i) + 14}" y="${TOP + 40 + k * LINE}">${escapeXml(g)}</text>`));
    out.push('</g>');
  });
  let lane = 0;
  r.segments.forEach((a, i) => {
    r.segments.forEach((b, j) => {
      if (i === j) return;
      const cells = r.matrix.filter((c) => c.from === a && c.to === b);
      if (cells.length === 0) return;
      lane += 1;
      const right = j > i;
      const x1 = x(i) + BOX_W / 2 + (right ? 20 : -20);
      const x2 = x(j) + BOX_W / 2 + (right ? -20 : 20);
      const y0 = right ? TOP : TOP + boxH;
      const bend = (right ? -1 : 1) * (40 + 25 * Math.abs(j - i) + (lane % 3) * 12);
      const mx = (x1 + x2) / 2;
      out.push(`<g class="flow"><path d="M${x1},${y0} Q${mx},${y0 + 2 * bend} ${x2},${y0}" fill="none" stroke="#333" marker-end="url(#arrow)"/>`);
      out.push(`<text x="${mx}" y="${y0 + bend + (right ? -4 : 12)}" text-anchor="middle">${escapeXml(cellText(cells))}</text></g>`);
    });
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
