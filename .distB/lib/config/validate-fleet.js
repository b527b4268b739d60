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
exports.checkFleet = checkFleet;
exports.isHostPort = isHostPort;
exports.checkFleetTenants = checkFleetTenants;
/**
 * Semantic checks of fleet.yaml and of the tenants of a fleet together (duplicates, Land, shared
 * realm). Like validate-kommune.ts, each check only looks at values of the right type.
 */
const catalogue_1 = require("./catalogue");
const D = __importStar(require("./defaults"));
const messages_1 = require("./messages");
const validate_kommune_1 = require("./validate-kommune");
const ipv4_1 = require("../allocation/ipv4");
const str = (v) => (typeof v === 'string' ? v : undefined);
function checkFleet(src, data) {
    const out = [];
    if (!(0, validate_kommune_1.isObj)(data))
        return out;
    const report = (p, message, part = 'value') => out.push(src.problem(p, message, part));
    if ((0, validate_kommune_1.isObj)(data.network)) {
        const n = data.network;
        if (Array.isArray(n.supernets)) {
            const parsed = [];
            const smallestBlock = Math.max(...Object.values(catalogue_1.TENANT_BLOCK_PREFIX));
            n.supernets.forEach((s, i) => {
                if (typeof s !== 'string' || !/^[0-9]{1,3}(\.[0-9]{1,3}){3}\/[0-9]{1,2}$/.test(s))
                    return; // schema reports it
                const c = (0, ipv4_1.parseCidr)(s);
                if (typeof c === 'string') {
                    report(['network', 'supernets', i], messages_1.MSG.invalidCidr(s));
                    return;
                }
                if (c.prefix > smallestBlock)
                    report(['network', 'supernets', i], messages_1.MSG.supernetTooSmall(s, smallestBlock));
                const other = parsed.find((p) => (0, ipv4_1.overlaps)(p.cidr, c));
                if (other)
                    report(['network', 'supernets', i], messages_1.MSG.overlappingSupernets(s, other.text));
                parsed.push({ cidr: c, text: s });
            });
        }
        const zoneType = str(n.zoneType);
        if (zoneType === 'vxlan' && n.vxlanPeers === undefined)
            report(['network', 'zoneType'], messages_1.MSG.zoneNeeds('vxlan', 'vxlanPeers'));
        if (zoneType === 'evpn' && n.evpnController === undefined)
            report(['network', 'zoneType'], messages_1.MSG.zoneNeeds('evpn', 'evpnController'));
        if (zoneType === 'evpn' && n.evpnAsn === undefined)
            report(['network', 'zoneType'], messages_1.MSG.zoneNeeds('evpn', 'evpnAsn'));
        if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnAsn !== undefined)
            report(['network', 'evpnAsn'], messages_1.MSG.zoneFieldUnused(zoneType, 'evpnAsn'), 'key');
        if (zoneType !== undefined && zoneType !== 'vxlan' && n.vxlanPeers !== undefined)
            report(['network', 'vxlanPeers'], messages_1.MSG.zoneFieldUnused(zoneType, 'vxlanPeers'), 'key');
        if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnController !== undefined)
            report(['network', 'evpnController'], messages_1.MSG.zoneFieldUnused(zoneType, 'evpnController'), 'key');
    }
    if ((0, validate_kommune_1.isObj)(data.logging)) {
        const c = str(data.logging.collector);
        if (c !== undefined && !isHostPort(c))
            report(['logging', 'collector'], messages_1.MSG.invalidHostPort(c));
    }
    if ((0, validate_kommune_1.isObj)(data.vault) && (0, validate_kommune_1.isObj)(data.vault.ci)) {
        const n = ['projectPathPrefix', 'projectPath'].filter((k) => data.vault.ci[k] !== undefined).length;
        if (n !== 1)
            report(['vault', 'ci'], messages_1.MSG.ciProjectChoice());
    }
    if ((0, validate_kommune_1.isObj)(data.vault) && (0, validate_kommune_1.isObj)(data.vault.directoryAuth) && data.vault.directoryAuth.kind === 'oidc') {
        for (const field of ['discoveryUrl', 'clientId', 'redirectUris']) {
            if (data.vault.directoryAuth[field] === undefined)
                report(['vault', 'directoryAuth'], messages_1.MSG.oidcAuthNeeds(field));
        }
    }
    if ((0, validate_kommune_1.isObj)(data.identity) && (0, validate_kommune_1.isObj)(data.identity.sharedRealm)) {
        const url = str(data.identity.sharedRealm.issuerUrl);
        if (url !== undefined && !(0, validate_kommune_1.isHttpsUrl)(url))
            report(['identity', 'sharedRealm', 'issuerUrl'], messages_1.MSG.issuerNotHttps(url));
    }
    return out;
}
/** "host:port" with a host name or IPv4 address and a port 1-65535. */
function isHostPort(value) {
    const m = /^([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})$/.exec(value);
    if (!m)
        return false;
    const port = Number(m[3]);
    return port >= D.PORT_BOUNDS.min && port <= D.PORT_BOUNDS.max;
}
/**
 * Checks across the fleet and its tenant files: duplicate keys and AGS, Land, shared realm. With
 * `fleetData` undefined (tenant files validated without their fleet) only the duplicate checks run.
 */
function checkFleetTenants(fleetData, tenants) {
    const out = [];
    const fleetKnown = (0, validate_kommune_1.isObj)(fleetData);
    const fleet = (0, validate_kommune_1.isObj)(fleetData) ? fleetData : {};
    const land = str(fleet.land);
    const landOk = land !== undefined && new RegExp(D.LAND_PATTERN).test(land);
    const hasSharedRealm = (0, validate_kommune_1.isObj)(fleet.identity) && (0, validate_kommune_1.isObj)(fleet.identity.sharedRealm);
    const keys = new Map();
    const agsOwners = new Map();
    for (const t of tenants) {
        if (!(0, validate_kommune_1.isObj)(t.data))
            continue;
        const d = t.data;
        const key = str(d.key);
        if (key !== undefined) {
            const other = keys.get(key);
            if (other !== undefined)
                out.push(t.src.problem(['key'], messages_1.MSG.duplicateTenantKey(key, other)));
            else
                keys.set(key, t.src.file);
        }
        const ags = str(d.ags);
        if (ags !== undefined && /^[0-9]{8}$/.test(ags)) {
            const other = agsOwners.get(ags);
            if (other !== undefined)
                out.push(t.src.problem(['ags'], messages_1.MSG.duplicateAgs(ags, other)));
            else
                agsOwners.set(ags, t.src.file);
        }
        if (landOk) {
            const codes = [[['ags'], d.ags], [['ars'], d.ars]];
            if ((0, validate_kommune_1.isObj)(d.members))
                for (const [slug, m] of Object.entries(d.members))
                    if ((0, validate_kommune_1.isObj)(m))
                        codes.push([['members', slug, 'ags'], m.ags]);
            for (const [p, v] of codes) {
                if (typeof v === 'string' && /^[0-9]{8}([0-9]{4})?$/.test(v) && !v.startsWith(land))
                    out.push(t.src.problem(p, messages_1.MSG.agsLandMismatch(v, land)));
            }
        }
        const identity = (0, validate_kommune_1.isObj)(d.identity) ? d.identity : {};
        const source = identity.source ?? D.DEFAULT_IDENTITY_SOURCE;
        if (fleetKnown && source === 'platform' && !hasSharedRealm)
            out.push(t.src.problem(['identity', 'source'], messages_1.MSG.platformRealmMissing()));
    }
    return out;
}
