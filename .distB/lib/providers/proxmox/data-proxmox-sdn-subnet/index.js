"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_subnet
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
exports.DataProxmoxSdnSubnet = exports.DataProxmoxSdnSubnetDhcpRangeOutputReference = void 0;
exports.dataProxmoxSdnSubnetDhcpRangeToTerraform = dataProxmoxSdnSubnetDhcpRangeToTerraform;
exports.dataProxmoxSdnSubnetDhcpRangeToHclTerraform = dataProxmoxSdnSubnetDhcpRangeToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataProxmoxSdnSubnetDhcpRangeToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxSdnSubnetDhcpRangeToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxSdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
        }
    }
    // end_address - computed: true, optional: false, required: false
    get endAddress() {
        return this.getStringAttribute('end_address');
    }
    // start_address - computed: true, optional: false, required: false
    get startAddress() {
        return this.getStringAttribute('start_address');
    }
}
exports.DataProxmoxSdnSubnetDhcpRangeOutputReference = DataProxmoxSdnSubnetDhcpRangeOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_subnet proxmox_sdn_subnet}
*/
class DataProxmoxSdnSubnet extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_subnet";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnSubnet to import
    * @param importFromId The id of the existing DataProxmoxSdnSubnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnSubnet to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_subnet", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_subnet proxmox_sdn_subnet} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnSubnetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_subnet',
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
        this._cidr = config.cidr;
        this._dhcpRange.internalValue = config.dhcpRange;
        this._vnet = config.vnet;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cidr - computed: false, optional: false, required: true
    _cidr;
    get cidr() {
        return this.getStringAttribute('cidr');
    }
    set cidr(value) {
        this._cidr = value;
    }
    // Temporarily expose input value. Use with caution.
    get cidrInput() {
        return this._cidr;
    }
    // dhcp_dns_server - computed: true, optional: false, required: false
    get dhcpDnsServer() {
        return this.getStringAttribute('dhcp_dns_server');
    }
    // dhcp_range - computed: true, optional: true, required: false
    _dhcpRange = new DataProxmoxSdnSubnetDhcpRangeOutputReference(this, "dhcp_range");
    get dhcpRange() {
        return this._dhcpRange;
    }
    putDhcpRange(value) {
        this._dhcpRange.internalValue = value;
    }
    resetDhcpRange() {
        this._dhcpRange.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpRangeInput() {
        return this._dhcpRange.internalValue;
    }
    // dns_zone_prefix - computed: true, optional: false, required: false
    get dnsZonePrefix() {
        return this.getStringAttribute('dns_zone_prefix');
    }
    // gateway - computed: true, optional: false, required: false
    get gateway() {
        return this.getStringAttribute('gateway');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // snat - computed: true, optional: false, required: false
    get snat() {
        return this.getBooleanAttribute('snat');
    }
    // vnet - computed: false, optional: false, required: true
    _vnet;
    get vnet() {
        return this.getStringAttribute('vnet');
    }
    set vnet(value) {
        this._vnet = value;
    }
    // Temporarily expose input value. Use with caution.
    get vnetInput() {
        return this._vnet;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cidr: cdktf.stringToTerraform(this._cidr),
            dhcp_range: dataProxmoxSdnSubnetDhcpRangeToTerraform(this._dhcpRange.internalValue),
            vnet: cdktf.stringToTerraform(this._vnet),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cidr: {
                value: cdktf.stringToHclTerraform(this._cidr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dhcp_range: {
                value: dataProxmoxSdnSubnetDhcpRangeToHclTerraform(this._dhcpRange.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "DataProxmoxSdnSubnetDhcpRange",
            },
            vnet: {
                value: cdktf.stringToHclTerraform(this._vnet),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxSdnSubnet = DataProxmoxSdnSubnet;
