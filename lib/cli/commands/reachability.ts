/**
 * `kommunal reachability [--fleet fleet.yaml] [--tenant X...] [--out dir] [--json]`: synthesizes
 * the tenant stacks (and the platform stack) in memory and runs the reachability analysis
 * (lib/compliance/reachability): per tenant the flow matrix and the proofs (declared flows open,
 * nothing else crosses segments or the tenant, platform services reachable), and the cluster's own
 * traffic through the datacenter firewall. With --out, writes each tenant's network plan
 * (`<key>/network-flows.md`, `<key>/network-plan.svg`). Exits 1 when there is a counter-example.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import type { Command } from 'commander';
import { Fleet, loadFleetModel } from '../../blueprint/fleet';
import type { StackJson } from '../../compliance/types';
import { analyseClusterTraffic, describeRule, guestsBySegment, reachabilityOfStack, renderFlowMatrixMarkdown, renderNetworkPlanSvg, type ClusterTrafficResult, type TenantReachability } from '../../compliance/reachability';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface ReachabilityOptions {
  fleet: string;
  tenant?: string[];
  out?: string;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('reachability')
    .description('prove which traffic can flow: every declared flow open, nothing else across segments or tenants, platform services reachable, cluster traffic not cut; writes each tenant\'s flow matrix and SVG network plan with --out')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--tenant <key...>', 'only these tenants (default: all)')
    .option('--out <dir>', 'folder for the network plans (<key>/network-flows.md, <key>/network-plan.svg)')
    .option('--json', 'print the result as JSON')
    .action((opts: ReachabilityOptions) => {
      const fleetFile = resolvePath(ctx.io, opts.fleet);
      if (!fs.existsSync(fleetFile)) throw new UsageError(`${opts.fleet}: no such file (pass the fleet file with --fleet)`);
      const model = loadFleetModel({ fleetFile, displayRoot: ctx.io.cwd });
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-reach-'));
      try {
        let fleet: Fleet;
        try {
          fleet = new Fleet(new App({ outdir }), model, { tenants: opts.tenant, platform: true, compliance: false });
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
        const tenants: TenantReachability[] = [];
        const out = opts.out !== undefined ? resolvePath(ctx.io, opts.out) : undefined;
        for (const [key, stack] of Object.entries(fleet.tenants)) {
          const { network, result } = reachabilityOfStack(stack.toTerraform() as StackJson, stack.spec);
          tenants.push(result);
          if (out !== undefined) {
            fs.mkdirSync(path.join(out, key), { recursive: true });
            fs.writeFileSync(path.join(out, key, 'network-flows.md'), renderFlowMatrixMarkdown(result));
            fs.writeFileSync(path.join(out, key, 'network-plan.svg'), renderNetworkPlanSvg(result, guestsBySegment(network)));
          }
        }
        const platformJson = fleet.platform?.toTerraform() as StackJson | undefined;
        const hasDcFirewall = platformJson?.resource?.proxmox_virtual_environment_cluster_firewall !== undefined;
        const n = model.platform.network;
        const cluster: ClusterTrafficResult | undefined = platformJson !== undefined && hasDcFirewall
          ? analyseClusterTraffic(platformJson, { zoneType: n.zoneType, peers: n.peers, ...n.hostFirewall })
          : undefined;
        const violations = tenants.reduce((k, t) => k + t.violations.length, 0) + (cluster?.cuts.length ?? 0);
        if (opts.json === true) {
          ctx.io.stdout(`${JSON.stringify({ tenants, cluster: cluster ?? null, violations }, null, 2)}\n`);
        } else {
          for (const t of tenants) {
            ctx.io.stdout(`${t.tenant}: ${t.zoneType}, ${t.segments.length} segments, ${t.guests} guests; ${t.checked.declaredFlows} declared flow targets, ${t.checked.segmentPairs} segment pairs x protocols, ${t.checked.servicePaths} service paths checked; ${t.violations.length} counter-example(s)\n`);
            for (const v of t.violations) ctx.io.stderr(`${t.tenant}: ${v.kind}: ${v.message}\n`);
          }
          if (cluster === undefined) ctx.io.stdout('cluster traffic: not checked (no datacenter firewall in the platform stack)\n');
          else {
            ctx.io.stdout(`cluster traffic: ${cluster.checked} flows checked, ${cluster.cuts.length} cut\n`);
            for (const c of cluster.cuts) ctx.io.stderr(`cluster: ${c.message} (${describeRule(c.rule)})\n`);
          }
        }
        ctx.exitCode = violations > 0 ? EXIT.invalid : EXIT.ok;
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    });
}
