"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_firewall_rules
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
exports.VirtualEnvironmentFirewallRules = exports.VirtualEnvironmentFirewallRulesRuleList = exports.VirtualEnvironmentFirewallRulesRuleOutputReference = void 0;
exports.virtualEnvironmentFirewallRulesRuleToTerraform = virtualEnvironmentFirewallRulesRuleToTerraform;
exports.virtualEnvironmentFirewallRulesRuleToHclTerraform = virtualEnvironmentFirewallRulesRuleToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function virtualEnvironmentFirewallRulesRuleToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        action: cdktf.stringToTerraform(struct.action),
        comment: cdktf.stringToTerraform(struct.comment),
        dest: cdktf.stringToTerraform(struct.dest),
        dport: cdktf.stringToTerraform(struct.dport),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        iface: cdktf.stringToTerraform(struct.iface),
        log: cdktf.stringToTerraform(struct.log),
        macro: cdktf.stringToTerraform(struct.macro),
        proto: cdktf.stringToTerraform(struct.proto),
        security_group: cdktf.stringToTerraform(struct.securityGroup),
        source: cdktf.stringToTerraform(struct.source),
        sport: cdktf.stringToTerraform(struct.sport),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentFirewallRulesRuleToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        action: {
            value: cdktf.stringToHclTerraform(struct.action),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        comment: {
            value: cdktf.stringToHclTerraform(struct.comment),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dest: {
            value: cdktf.stringToHclTerraform(struct.dest),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dport: {
            value: cdktf.stringToHclTerraform(struct.dport),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        iface: {
            value: cdktf.stringToHclTerraform(struct.iface),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        log: {
            value: cdktf.stringToHclTerraform(struct.log),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        macro: {
            value: cdktf.stringToHclTerraform(struct.macro),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        proto: {
            value: cdktf.stringToHclTerraform(struct.proto),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        security_group: {
            value: cdktf.stringToHclTerraform(struct.securityGroup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source: {
            value: cdktf.stringToHclTerraform(struct.source),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sport: {
            value: cdktf.stringToHclTerraform(struct.sport),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentFirewallRulesRuleOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._action !== undefined) {
            hasAnyValues = true;
            internalValueResult.action = this._action;
        }
        if (this._comment !== undefined) {
            hasAnyValues = true;
            internalValueResult.comment = this._comment;
        }
        if (this._dest !== undefined) {
            hasAnyValues = true;
            internalValueResult.dest = this._dest;
        }
        if (this._dport !== undefined) {
            hasAnyValues = true;
            internalValueResult.dport = this._dport;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._iface !== undefined) {
            hasAnyValues = true;
            internalValueResult.iface = this._iface;
        }
        if (this._log !== undefined) {
            hasAnyValues = true;
            internalValueResult.log = this._log;
        }
        if (this._macro !== undefined) {
            hasAnyValues = true;
            internalValueResult.macro = this._macro;
        }
        if (this._proto !== undefined) {
            hasAnyValues = true;
            internalValueResult.proto = this._proto;
        }
        if (this._securityGroup !== undefined) {
            hasAnyValues = true;
            internalValueResult.securityGroup = this._securityGroup;
        }
        if (this._source !== undefined) {
            hasAnyValues = true;
            internalValueResult.source = this._source;
        }
        if (this._sport !== undefined) {
            hasAnyValues = true;
            internalValueResult.sport = this._sport;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._action = undefined;
            this._comment = undefined;
            this._dest = undefined;
            this._dport = undefined;
            this._enabled = undefined;
            this._iface = undefined;
            this._log = undefined;
            this._macro = undefined;
            this._proto = undefined;
            this._securityGroup = undefined;
            this._source = undefined;
            this._sport = undefined;
            this._type = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._action = value.action;
            this._comment = value.comment;
            this._dest = value.dest;
            this._dport = value.dport;
            this._enabled = value.enabled;
            this._iface = value.iface;
            this._log = value.log;
            this._macro = value.macro;
            this._proto = value.proto;
            this._securityGroup = value.securityGroup;
            this._source = value.source;
            this._sport = value.sport;
            this._type = value.type;
        }
    }
    // action - computed: false, optional: true, required: false
    _action;
    get action() {
        return this.getStringAttribute('action');
    }
    set action(value) {
        this._action = value;
    }
    resetAction() {
        this._action = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get actionInput() {
        return this._action;
    }
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // dest - computed: false, optional: true, required: false
    _dest;
    get dest() {
        return this.getStringAttribute('dest');
    }
    set dest(value) {
        this._dest = value;
    }
    resetDest() {
        this._dest = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get destInput() {
        return this._dest;
    }
    // dport - computed: false, optional: true, required: false
    _dport;
    get dport() {
        return this.getStringAttribute('dport');
    }
    set dport(value) {
        this._dport = value;
    }
    resetDport() {
        this._dport = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dportInput() {
        return this._dport;
    }
    // enabled - computed: false, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // iface - computed: false, optional: true, required: false
    _iface;
    get iface() {
        return this.getStringAttribute('iface');
    }
    set iface(value) {
        this._iface = value;
    }
    resetIface() {
        this._iface = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ifaceInput() {
        return this._iface;
    }
    // log - computed: false, optional: true, required: false
    _log;
    get log() {
        return this.getStringAttribute('log');
    }
    set log(value) {
        this._log = value;
    }
    resetLog() {
        this._log = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logInput() {
        return this._log;
    }
    // macro - computed: false, optional: true, required: false
    _macro;
    get macro() {
        return this.getStringAttribute('macro');
    }
    set macro(value) {
        this._macro = value;
    }
    resetMacro() {
        this._macro = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macroInput() {
        return this._macro;
    }
    // pos - computed: true, optional: false, required: false
    get pos() {
        return this.getNumberAttribute('pos');
    }
    // proto - computed: false, optional: true, required: false
    _proto;
    get proto() {
        return this.getStringAttribute('proto');
    }
    set proto(value) {
        this._proto = value;
    }
    resetProto() {
        this._proto = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protoInput() {
        return this._proto;
    }
    // security_group - computed: false, optional: true, required: false
    _securityGroup;
    get securityGroup() {
        return this.getStringAttribute('security_group');
    }
    set securityGroup(value) {
        this._securityGroup = value;
    }
    resetSecurityGroup() {
        this._securityGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupInput() {
        return this._securityGroup;
    }
    // source - computed: false, optional: true, required: false
    _source;
    get source() {
        return this.getStringAttribute('source');
    }
    set source(value) {
        this._source = value;
    }
    resetSource() {
        this._source = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceInput() {
        return this._source;
    }
    // sport - computed: false, optional: true, required: false
    _sport;
    get sport() {
        return this.getStringAttribute('sport');
    }
    set sport(value) {
        this._sport = value;
    }
    resetSport() {
        this._sport = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sportInput() {
        return this._sport;
    }
    // type - computed: false, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.VirtualEnvironmentFirewallRulesRuleOutputReference = VirtualEnvironmentFirewallRulesRuleOutputReference;
class VirtualEnvironmentFirewallRulesRuleList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new VirtualEnvironmentFirewallRulesRuleOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentFirewallRulesRuleList = VirtualEnvironmentFirewallRulesRuleList;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_firewall_rules proxmox_virtual_environment_firewall_rules}
*/
class VirtualEnvironmentFirewallRules extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_firewall_rules";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallRules resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallRules to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallRules that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_firewall_rules#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallRules to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_firewall_rules", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_firewall_rules proxmox_virtual_environment_firewall_rules} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallRulesConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_firewall_rules',
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
        this._containerId = config.containerId;
        this._id = config.id;
        this._nodeName = config.nodeName;
        this._vmId = config.vmId;
        this._rule.internalValue = config.rule;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // container_id - computed: false, optional: true, required: false
    _containerId;
    get containerId() {
        return this.getNumberAttribute('container_id');
    }
    set containerId(value) {
        this._containerId = value;
    }
    resetContainerId() {
        this._containerId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerIdInput() {
        return this._containerId;
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // node_name - computed: false, optional: true, required: false
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    resetNodeName() {
        this._nodeName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // vm_id - computed: false, optional: true, required: false
    _vmId;
    get vmId() {
        return this.getNumberAttribute('vm_id');
    }
    set vmId(value) {
        this._vmId = value;
    }
    resetVmId() {
        this._vmId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vmIdInput() {
        return this._vmId;
    }
    // rule - computed: false, optional: true, required: false
    _rule = new VirtualEnvironmentFirewallRulesRuleList(this, "rule", false);
    get rule() {
        return this._rule;
    }
    putRule(value) {
        this._rule.internalValue = value;
    }
    resetRule() {
        this._rule.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ruleInput() {
        return this._rule.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            container_id: cdktf.numberToTerraform(this._containerId),
            id: cdktf.stringToTerraform(this._id),
            node_name: cdktf.stringToTerraform(this._nodeName),
            vm_id: cdktf.numberToTerraform(this._vmId),
            rule: cdktf.listMapper(virtualEnvironmentFirewallRulesRuleToTerraform, true)(this._rule.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            container_id: {
                value: cdktf.numberToHclTerraform(this._containerId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vm_id: {
                value: cdktf.numberToHclTerraform(this._vmId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            rule: {
                value: cdktf.listMapperHcl(virtualEnvironmentFirewallRulesRuleToHclTerraform, true)(this._rule.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentFirewallRulesRuleList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentFirewallRules = VirtualEnvironmentFirewallRules;
