"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq
// generated from terraform resource schema
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
exports.VirtualEnvironmentSdnZoneQinq = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq proxmox_virtual_environment_sdn_zone_qinq}
*/
class VirtualEnvironmentSdnZoneQinq extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_zone_qinq";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnZoneQinq resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnZoneQinq to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnZoneQinq that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnZoneQinq to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_zone_qinq", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq proxmox_virtual_environment_sdn_zone_qinq} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnZoneQinqConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_sdn_zone_qinq',
            terraformGeneratorMetadata: {
                providerName: 'proxmox',
                providerVersion: '0.111.1'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._bridge = config.bridge;
        this._dns = config.dns;
        this._dnsZone = config.dnsZone;
        this._id = config.id;
        this._ipam = config.ipam;
        this._mtu = config.mtu;
        this._nodes = config.nodes;
        this._reverseDns = config.reverseDns;
        this._serviceVlan = config.serviceVlan;
        this._serviceVlanProtocol = config.serviceVlanProtocol;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // bridge - computed: false, optional: false, required: true
    _bridge;
    get bridge() {
        return this.getStringAttribute('bridge');
    }
    set bridge(value) {
        this._bridge = value;
    }
    // Temporarily expose input value. Use with caution.
    get bridgeInput() {
        return this._bridge;
    }
    // dns - computed: false, optional: true, required: false
    _dns;
    get dns() {
        return this.getStringAttribute('dns');
    }
    set dns(value) {
        this._dns = value;
    }
    resetDns() {
        this._dns = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsInput() {
        return this._dns;
    }
    // dns_zone - computed: false, optional: true, required: false
    _dnsZone;
    get dnsZone() {
        return this.getStringAttribute('dns_zone');
    }
    set dnsZone(value) {
        this._dnsZone = value;
    }
    resetDnsZone() {
        this._dnsZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsZoneInput() {
        return this._dnsZone;
    }
    // id - computed: false, optional: false, required: true
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // ipam - computed: false, optional: true, required: false
    _ipam;
    get ipam() {
        return this.getStringAttribute('ipam');
    }
    set ipam(value) {
        this._ipam = value;
    }
    resetIpam() {
        this._ipam = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipamInput() {
        return this._ipam;
    }
    // mtu - computed: true, optional: true, required: false
    _mtu;
    get mtu() {
        return this.getNumberAttribute('mtu');
    }
    set mtu(value) {
        this._mtu = value;
    }
    resetMtu() {
        this._mtu = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mtuInput() {
        return this._mtu;
    }
    // nodes - computed: false, optional: true, required: false
    _nodes;
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    set nodes(value) {
        this._nodes = value;
    }
    resetNodes() {
        this._nodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // pending - computed: true, optional: false, required: false
    get pending() {
        return this.getBooleanAttribute('pending');
    }
    // reverse_dns - computed: false, optional: true, required: false
    _reverseDns;
    get reverseDns() {
        return this.getStringAttribute('reverse_dns');
    }
    set reverseDns(value) {
        this._reverseDns = value;
    }
    resetReverseDns() {
        this._reverseDns = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reverseDnsInput() {
        return this._reverseDns;
    }
    // service_vlan - computed: false, optional: false, required: true
    _serviceVlan;
    get serviceVlan() {
        return this.getNumberAttribute('service_vlan');
    }
    set serviceVlan(value) {
        this._serviceVlan = value;
    }
    // Temporarily expose input value. Use with caution.
    get serviceVlanInput() {
        return this._serviceVlan;
    }
    // service_vlan_protocol - computed: true, optional: true, required: false
    _serviceVlanProtocol;
    get serviceVlanProtocol() {
        return this.getStringAttribute('service_vlan_protocol');
    }
    set serviceVlanProtocol(value) {
        this._serviceVlanProtocol = value;
    }
    resetServiceVlanProtocol() {
        this._serviceVlanProtocol = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceVlanProtocolInput() {
        return this._serviceVlanProtocol;
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            bridge: cdktf.stringToTerraform(this._bridge),
            dns: cdktf.stringToTerraform(this._dns),
            dns_zone: cdktf.stringToTerraform(this._dnsZone),
            id: cdktf.stringToTerraform(this._id),
            ipam: cdktf.stringToTerraform(this._ipam),
            mtu: cdktf.numberToTerraform(this._mtu),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            reverse_dns: cdktf.stringToTerraform(this._reverseDns),
            service_vlan: cdktf.numberToTerraform(this._serviceVlan),
            service_vlan_protocol: cdktf.stringToTerraform(this._serviceVlanProtocol),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            bridge: {
                value: cdktf.stringToHclTerraform(this._bridge),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns: {
                value: cdktf.stringToHclTerraform(this._dns),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_zone: {
                value: cdktf.stringToHclTerraform(this._dnsZone),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipam: {
                value: cdktf.stringToHclTerraform(this._ipam),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mtu: {
                value: cdktf.numberToHclTerraform(this._mtu),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            reverse_dns: {
                value: cdktf.stringToHclTerraform(this._reverseDns),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            service_vlan: {
                value: cdktf.numberToHclTerraform(this._serviceVlan),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            service_vlan_protocol: {
                value: cdktf.stringToHclTerraform(this._serviceVlanProtocol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentSdnZoneQinq = VirtualEnvironmentSdnZoneQinq;
