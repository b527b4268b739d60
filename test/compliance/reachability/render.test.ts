import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { guestsBySegment, reachabilityOfStack, renderFlowMatrixMarkdown, renderNetworkPlanSvg, escapeMarkdownCell, formatPorts, type TenantReachability } from '../../../lib/compliance/reachability';
import { addGuests, musterstadtCopy, musterstadtGuests } from './fixtures';

function parseSvg(svg: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { errors.push(`${level}: ${msg}`); } }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

function planOf() {
  const { json, spec } = musterstadtCopy();
  addGuests(json, spec, musterstadtGuests(json, spec));
  return reachabilityOfStack(json, spec);
}

describe('network plan rendering', () => {
  it('SVG: well-formed, one box per segment with its guests, one arrow per allowed segment pair; deterministic', () => {
    const { network, result } = planOf();
    const svg = renderNetworkPlanSvg(result, guestsBySegment(network));
    const doc = parseSvg(svg);
    const groups = Array.from(doc.getElementsByTagName('g') as unknown as ArrayLike<Element>);
    expect(groups.filter((g) => g.getAttribute('class') === 'segment')).toHaveLength(result.segments.length);
    const pairs = new Set(result.matrix.filter((c) => c.from !== c.to).map((c) => `${c.from}>${c.to}`));
    expect(groups.filter((g) => g.getAttribute('class') === 'flow')).toHaveLength(pairs.size);
    expect(svg).toContain('files/net0');
    const cs = result.matrix.filter((c) => c.from === 'clients' && c.to === 'servers' && c.proto === 'tcp')[0]!;
    expect(svg).toContain(`tcp ${formatPorts(cs.ports)}`);
    expect(formatPorts(cs.ports)).toContain('445');
    const again = planOf();
    expect(renderNetworkPlanSvg(again.result, guestsBySegment(again.network))).toBe(svg);
  });

  it('escapes text from the stack in SVG and Markdown', () => {
    const { result } = planOf();
    const evil: TenantReachability = { ...result, tenant: 'a<b>&"c\'|d\n', segments: [...result.segments.slice(0, 1), 'x|<y>'] };
    const svg = renderNetworkPlanSvg(evil, { 'x|<y>': ['g</text><script>'] });
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Network plan of a<b>&"c\'|d\n');
    const md = renderFlowMatrixMarkdown(evil);
    expect(md).toContain('x\\|&lt;y&gt;');
    expect(md.split('\n').filter((l) => l.startsWith('| from')).length).toBe(1);
    expect(escapeMarkdownCell('a|b\nc')).toBe('a\\|b c');
  });

  it('Markdown: a matrix row per segment and the rules behind each allowed flow', () => {
    const { result } = planOf();
    const md = renderFlowMatrixMarkdown(result);
    for (const s of result.segments) expect(md).toContain(`| **${s}** |`);
    expect(md).toMatch(/\| clients \| servers \| tcp \| [0-9,:]*445[0-9,:]* \| .*clients-to-servers-smb/);
    expect(md).not.toContain('Counter-examples');
  });
});
