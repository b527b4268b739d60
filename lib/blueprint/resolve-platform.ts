/**
 * Resolution of the platform: fleet.yaml → PlatformSpec, with the vetted defaults applied where the
 * fleet leaves a value unset. Plain data in, plain data out.
 */
import * as D from '../model/defaults';
import type { LoadedFleet } from '../config/load';
import { ValidationError } from '../config/problems';
import { DEFAULT_PLATFORM_ROLE_IDS } from '../identity/platform-roles';
import { NODE_LOCAL_STORAGE_IDS } from '../logging/logging-vendor-data';
import type { ClusterPlatformSpec, PlatformSpec } from './platform-spec';
import type { TenantSpec } from '../model/spec';
import { declaresClusters, fleetClusters } from '../model/clusters';

/** Parses "host:port" (validated by the fleet loader). */
function hostPort(value: string): { host: string; port: number } {
  const i = value.lastIndexOf(':');
  return { host: value.slice(0, i), port: Number(value.slice(i + 1)) };
}

/** Resolves the platform settings of a loaded fleet. */
export function resolvePlatform(fleet: LoadedFleet): PlatformSpec {
  const f = fleet.data;
  const clusters = declaresClusters(f) ? fleetClusters(f) : undefined;
  // With clusters there are no fleet-wide nodes; the fleet part renders no Proxmox resources.
  const nodes = f.network.nodes;
  const snippetNode = f.logging.snippets?.node ?? nodes?.[0] ?? clusters?.[0]?.nodes[0];
  if (snippetNode === undefined) {
    const pos = fleet.position(['logging']);
    throw new ValidationError([{ ...pos, path: 'logging.snippets.node', message: 'is needed (the node cloud-init snippets are uploaded to) because network.nodes lists no node' }]);
  }
  const datastore = f.logging.snippets?.datastore ?? D.DEFAULT_SNIPPETS_DATASTORE;
  if (NODE_LOCAL_STORAGE_IDS.includes(datastore)) {
    const pos = fleet.position(['logging', 'snippets', 'datastore']);
    throw new ValidationError([{ ...pos, path: 'logging.snippets.datastore', message: `"${datastore}" is node-local storage; the logging vendor data must be on shared storage with content type snippets (e.g. cephfs), because every node that starts a guest reads its cloud-init files` }]);
  }
  const collector = hostPort(f.logging.collector);
  const ci = f.vault.ci;
  const hostFirewall = { managementCidrs: f.network.managementCidrs, ciRunnerCidrs: f.network.ciRunnerCidrs, ceph: f.network.ceph };
  const clusterSpecs = clusters === undefined ? undefined : Object.fromEntries(clusters.map((c): [string, ClusterPlatformSpec] => [c.id, {
    id: c.id,
    endpoint: c.endpoint as string,
    network: {
      zoneType: f.network.zoneType,
      zoneId: D.PLATFORM_ZONE_IDS[f.network.zoneType],
      bridge: c.bridge ?? D.DEFAULT_BRIDGE,
      nodes: c.nodes,
      peers: c.vxlanPeers ?? c.evpnPeers,
      ...(c.evpnExitNodes !== undefined ? { evpnExitNodes: c.evpnExitNodes } : {}),
      evpnController: c.evpnController !== undefined && c.evpnAsn !== undefined ? { id: c.evpnController, asn: c.evpnAsn } : undefined,
      hostFirewall,
    },
    // The fleet's snippets node when it is one of the cluster's nodes, else the cluster's first node.
    snippets: { node: snippetNode !== undefined && c.nodes.includes(snippetNode) ? snippetNode : c.nodes[0], datastore },
  }]));
  return {
    fleet: f.name,
    network: {
      zoneType: f.network.zoneType,
      zoneId: D.PLATFORM_ZONE_IDS[f.network.zoneType],
      bridge: f.network.bridge ?? D.DEFAULT_BRIDGE,
      nodes,
      peers: f.network.vxlanPeers ?? f.network.evpnPeers,
      ...(f.network.evpnExitNodes !== undefined ? { evpnExitNodes: f.network.evpnExitNodes } : {}),
      evpnController: f.network.evpnController !== undefined && f.network.evpnAsn !== undefined ? { id: f.network.evpnController, asn: f.network.evpnAsn } : undefined,
      hostFirewall: { managementCidrs: f.network.managementCidrs, ciRunnerCidrs: f.network.ciRunnerCidrs, ceph: f.network.ceph },
    },
    roles: DEFAULT_PLATFORM_ROLE_IDS,
    metrics: {
      name: f.logging.metricsServer ?? D.DEFAULT_METRICS_SERVER,
      target: f.logging.metrics ? { ...f.logging.metrics, type: f.logging.metrics.type ?? 'influxdb' } : undefined,
    },
    logging: {
      collector: { host: collector.host, port: collector.port, protocol: 'tls' },
      snippets: { node: snippetNode, datastore },
    },
    backup: { userPrefix: f.backup.userPrefix ?? D.DEFAULT_PBS_USER_PREFIX, mailTo: f.backup.mailTo },
    vault: {
      isolation: f.vault.isolation,
      tenantRoot: f.vault.tenantRoot ?? D.DEFAULT_VAULT_TENANT_ROOT,
      sharedKvMount: f.vault.sharedKvMount ?? D.DEFAULT_SHARED_KV_MOUNT,
      pkiIntermediatePath: f.vault.pkiIntermediatePath ?? D.DEFAULT_PKI_INTERMEDIATE_PATH,
      pkiCommonName: f.vault.pkiCommonName ?? `${f.name} Issuing CA`,
      auditDevice: f.vault.auditDevice ?? 'server-config',
      ciJwt: ci ? { path: ci.mount ?? D.DEFAULT_CI_JWT_MOUNT, issuer: ci.issuer, audience: ci.audience ?? ci.issuer, projectPathPrefix: ci.projectPathPrefix, projectPath: ci.projectPath, defaultBranch: ci.defaultBranch ?? D.DEFAULT_CI_DEFAULT_BRANCH, ...((ci.platformProjectPath ?? ci.projectPath) !== undefined ? { platformProjectPath: ci.platformProjectPath ?? ci.projectPath } : {}) } : undefined,
      directoryAuth: f.vault.directoryAuth
        ? { kind: f.vault.directoryAuth.kind, path: f.vault.directoryAuth.mount, discoveryUrl: f.vault.directoryAuth.discoveryUrl, clientId: f.vault.directoryAuth.clientId, redirectUris: f.vault.directoryAuth.redirectUris }
        : undefined,
    },
    sharedRealm: f.identity?.sharedRealm,
    state: (f.state ?? { backend: 'local' }) as PlatformSpec['state'],
    ...(clusterSpecs !== undefined ? { clusters: clusterSpecs } : {}),
    // Validated to name a declared cluster (lib/config/validate-fleet.ts).
    ...(clusterSpecs !== undefined && f.legacyCluster !== undefined ? { legacyCluster: f.legacyCluster } : {}),
  };
}

/**
 * The platform as one tenant's stack sees it: in a fleet with clusters, the tenant's cluster's
 * network (nodes, zone settings) and snippets replace the fleet-wide ones; otherwise the platform
 * unchanged (the same object).
 * @throws Error when the spec names a cluster the platform does not know (a resolution bug)
 */
export function platformForTenant(platform: PlatformSpec, spec: Pick<TenantSpec, 'key' | 'cluster'>): PlatformSpec {
  if (platform.clusters === undefined || spec.cluster === undefined) return platform;
  const c = platform.clusters[spec.cluster];
  if (c === undefined) throw new Error(`tenant "${spec.key}" is placed on cluster "${spec.cluster}", which the platform does not know (clusters: ${Object.keys(platform.clusters).join(', ')})`);
  return { ...platform, network: c.network, logging: { ...platform.logging, snippets: c.snippets } };
}

/** The Proxmox VE API URL a tenant's stack runs against: its cluster's, or undefined (PROXMOX_VE_ENDPOINT). */
export function endpointForTenant(platform: PlatformSpec, spec: Pick<TenantSpec, 'cluster'>): string | undefined {
  return spec.cluster === undefined ? undefined : platform.clusters?.[spec.cluster]?.endpoint;
}
