"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_pci
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
exports.VirtualEnvironmentHardwareMappingPci = exports.VirtualEnvironmentHardwareMappingPciMapList = exports.VirtualEnvironmentHardwareMappingPciMapOutputReference = void 0;
exports.virtualEnvironmentHardwareMappingPciMapToTerraform = virtualEnvironmentHardwareMappingPciMapToTerraform;
exports.virtualEnvironmentHardwareMappingPciMapToHclTerraform = virtualEnvironmentHardwareMappingPciMapToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function virtualEnvironmentHardwareMappingPciMapToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        comment: cdktf.stringToTerraform(struct.comment),
        id: cdktf.stringToTerraform(struct.id),
        iommu_group: cdktf.numberToTerraform(struct.iommuGroup),
        node: cdktf.stringToTerraform(struct.nodeAttribute),
        path: cdktf.stringToTerraform(struct.path),
        subsystem_id: cdktf.stringToTerraform(struct.subsystemId),
    };
}
function virtualEnvironmentHardwareMappingPciMapToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        comment: {
            value: cdktf.stringToHclTerraform(struct.comment),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        id: {
            value: cdktf.stringToHclTerraform(struct.id),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iommu_group: {
            value: cdktf.numberToHclTerraform(struct.iommuGroup),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        node: {
            value: cdktf.stringToHclTerraform(struct.nodeAttribute),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        path: {
            value: cdktf.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subsystem_id: {
            value: cdktf.stringToHclTerraform(struct.subsystemId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentHardwareMappingPciMapOutputReference extends cdktf.ComplexObject {
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
        if (this._comment !== undefined) {
            hasAnyValues = true;
            internalValueResult.comment = this._comment;
        }
        if (this._id !== undefined) {
            hasAnyValues = true;
            internalValueResult.id = this._id;
        }
        if (this._iommuGroup !== undefined) {
            hasAnyValues = true;
            internalValueResult.iommuGroup = this._iommuGroup;
        }
        if (this._node !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeAttribute = this._node;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        if (this._subsystemId !== undefined) {
            hasAnyValues = true;
            internalValueResult.subsystemId = this._subsystemId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._comment = undefined;
            this._id = undefined;
            this._iommuGroup = undefined;
            this._node = undefined;
            this._path = undefined;
            this._subsystemId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._comment = value.comment;
            this._id = value.id;
            this._iommuGroup = value.iommuGroup;
            this._node = value.nodeAttribute;
            this._path = value.path;
            this._subsystemId = value.subsystemId;
        }
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
    // iommu_group - computed: false, optional: true, required: false
    _iommuGroup;
    get iommuGroup() {
        return this.getNumberAttribute('iommu_group');
    }
    set iommuGroup(value) {
        this._iommuGroup = value;
    }
    resetIommuGroup() {
        this._iommuGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iommuGroupInput() {
        return this._iommuGroup;
    }
    // node - computed: false, optional: false, required: true
    _node;
    get nodeAttribute() {
        return this.getStringAttribute('node');
    }
    set nodeAttribute(value) {
        this._node = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAttributeInput() {
        return this._node;
    }
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // subsystem_id - computed: false, optional: true, required: false
    _subsystemId;
    get subsystemId() {
        return this.getStringAttribute('subsystem_id');
    }
    set subsystemId(value) {
        this._subsystemId = value;
    }
    resetSubsystemId() {
        this._subsystemId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subsystemIdInput() {
        return this._subsystemId;
    }
}
exports.VirtualEnvironmentHardwareMappingPciMapOutputReference = VirtualEnvironmentHardwareMappingPciMapOutputReference;
class VirtualEnvironmentHardwareMappingPciMapList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentHardwareMappingPciMapOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentHardwareMappingPciMapList = VirtualEnvironmentHardwareMappingPciMapList;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_pci proxmox_virtual_environment_hardware_mapping_pci}
*/
class VirtualEnvironmentHardwareMappingPci extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_hardware_mapping_pci";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHardwareMappingPci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHardwareMappingPci to import
    * @param importFromId The id of the existing VirtualEnvironmentHardwareMappingPci that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHardwareMappingPci to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_hardware_mapping_pci", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_pci proxmox_virtual_environment_hardware_mapping_pci} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHardwareMappingPciConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_hardware_mapping_pci',
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
        this._comment = config.comment;
        this._map.internalValue = config.map;
        this._mediatedDevices = config.mediatedDevices;
        this._name = config.name;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // map - computed: false, optional: false, required: true
    _map = new VirtualEnvironmentHardwareMappingPciMapList(this, "map", true);
    get map() {
        return this._map;
    }
    putMap(value) {
        this._map.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get mapInput() {
        return this._map.internalValue;
    }
    // mediated_devices - computed: false, optional: true, required: false
    _mediatedDevices;
    get mediatedDevices() {
        return this.getBooleanAttribute('mediated_devices');
    }
    set mediatedDevices(value) {
        this._mediatedDevices = value;
    }
    resetMediatedDevices() {
        this._mediatedDevices = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mediatedDevicesInput() {
        return this._mediatedDevices;
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            map: cdktf.listMapper(virtualEnvironmentHardwareMappingPciMapToTerraform, false)(this._map.internalValue),
            mediated_devices: cdktf.booleanToTerraform(this._mediatedDevices),
            name: cdktf.stringToTerraform(this._name),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            map: {
                value: cdktf.listMapperHcl(virtualEnvironmentHardwareMappingPciMapToHclTerraform, false)(this._map.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "VirtualEnvironmentHardwareMappingPciMapList",
            },
            mediated_devices: {
                value: cdktf.booleanToHclTerraform(this._mediatedDevices),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentHardwareMappingPci = VirtualEnvironmentHardwareMappingPci;
