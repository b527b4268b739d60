"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolvePlatform = resolvePlatform;
/**
 * Resolution of the platform: fleet.yaml → PlatformSpec, with the vetted defaults applied where the
 * fleet leaves a value unset. Plain data in, plain data out.
 */
const D = __importStar(require("../config/defaults"));
const problems_1 = require("../config/problems");
const platform_roles_1 = require("../identity/platform-roles");
/** Parses "host:port" (validated by the fleet loader). */
function hostPort(value) {
    const i = value.lastIndexOf(':');
    return { host: value.slice(0, i), port: Number(value.slice(i + 1)) };
}
/** Resolves the platform settings of a loaded fleet. */
function resolvePlatform(fleet) {
    const f = fleet.data;
    const nodes = f.network.nodes;
    const snippetNode = f.logging.snippets?.node ?? nodes?.[0];
    if (snippetNode === undefined) {
        const pos = fleet.position(['logging']);
        throw new problems_1.ValidationError([{ ...pos, path: 'logging.snippets.node', message: 'is needed (the node cloud-init snippets are uploaded to) because network.nodes lists no node' }]);
    }
    const collector = hostPort(f.logging.collector);
    const ci = f.vault.ci;
    return {
        fleet: f.name,
        network: {
            zoneType: f.network.zoneType,
            zoneId: D.PLATFORM_ZONE_IDS[f.network.zoneType],
            bridge: f.network.bridge ?? D.DEFAULT_BRIDGE,
            nodes,
            peers: f.network.vxlanPeers,
            evpnController: f.network.evpnController !== undefined && f.network.evpnAsn !== undefined ? { id: f.network.evpnController, asn: f.network.evpnAsn } : undefined,
        },
        roles: platform_roles_1.DEFAULT_PLATFORM_ROLE_IDS,
        metrics: {
            name: f.logging.metricsServer ?? D.DEFAULT_METRICS_SERVER,
            target: f.logging.metrics ? { ...f.logging.metrics, type: f.logging.metrics.type ?? 'influxdb' } : undefined,
        },
        logging: {
            collector: { host: collector.host, port: collector.port, protocol: 'tls' },
            snippets: { node: snippetNode, datastore: f.logging.snippets?.datastore ?? D.DEFAULT_SNIPPETS_DATASTORE },
        },
        backup: { userPrefix: f.backup.userPrefix ?? D.DEFAULT_PBS_USER_PREFIX, mailTo: f.backup.mailTo },
        vault: {
            isolation: f.vault.isolation,
            tenantRoot: f.vault.tenantRoot ?? D.DEFAULT_VAULT_TENANT_ROOT,
            sharedKvMount: f.vault.sharedKvMount ?? D.DEFAULT_SHARED_KV_MOUNT,
            pkiIntermediatePath: f.vault.pkiIntermediatePath ?? D.DEFAULT_PKI_INTERMEDIATE_PATH,
            pkiCommonName: f.vault.pkiCommonName ?? `${f.name} Issuing CA`,
            ciJwt: ci ? { path: ci.mount ?? D.DEFAULT_CI_JWT_MOUNT, issuer: ci.issuer, audience: ci.audience ?? ci.issuer, projectPathPrefix: ci.projectPathPrefix, projectPath: ci.projectPath } : undefined,
            directoryAuth: f.vault.directoryAuth
                ? { kind: f.vault.directoryAuth.kind, path: f.vault.directoryAuth.mount, discoveryUrl: f.vault.directoryAuth.discoveryUrl, clientId: f.vault.directoryAuth.clientId, redirectUris: f.vault.directoryAuth.redirectUris }
                : undefined,
        },
        sharedRealm: f.identity?.sharedRealm,
        state: (f.state ?? { backend: 'local' }),
    };
}
