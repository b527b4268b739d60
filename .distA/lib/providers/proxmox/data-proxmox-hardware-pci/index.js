"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_pci
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
exports.DataProxmoxHardwarePci = exports.DataProxmoxHardwarePciFiltersOutputReference = exports.DataProxmoxHardwarePciDevicesList = exports.DataProxmoxHardwarePciDevicesOutputReference = void 0;
exports.dataProxmoxHardwarePciDevicesToTerraform = dataProxmoxHardwarePciDevicesToTerraform;
exports.dataProxmoxHardwarePciDevicesToHclTerraform = dataProxmoxHardwarePciDevicesToHclTerraform;
exports.dataProxmoxHardwarePciFiltersToTerraform = dataProxmoxHardwarePciFiltersToTerraform;
exports.dataProxmoxHardwarePciFiltersToHclTerraform = dataProxmoxHardwarePciFiltersToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataProxmoxHardwarePciDevicesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxHardwarePciDevicesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxHardwarePciDevicesOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
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
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // class - computed: true, optional: false, required: false
    get class() {
        return this.getStringAttribute('class');
    }
    // device - computed: true, optional: false, required: false
    get device() {
        return this.getStringAttribute('device');
    }
    // device_name - computed: true, optional: false, required: false
    get deviceName() {
        return this.getStringAttribute('device_name');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // iommu_group - computed: true, optional: false, required: false
    get iommuGroup() {
        return this.getNumberAttribute('iommu_group');
    }
    // mdev - computed: true, optional: false, required: false
    get mdev() {
        return this.getBooleanAttribute('mdev');
    }
    // subsystem_device - computed: true, optional: false, required: false
    get subsystemDevice() {
        return this.getStringAttribute('subsystem_device');
    }
    // subsystem_device_name - computed: true, optional: false, required: false
    get subsystemDeviceName() {
        return this.getStringAttribute('subsystem_device_name');
    }
    // subsystem_vendor - computed: true, optional: false, required: false
    get subsystemVendor() {
        return this.getStringAttribute('subsystem_vendor');
    }
    // subsystem_vendor_name - computed: true, optional: false, required: false
    get subsystemVendorName() {
        return this.getStringAttribute('subsystem_vendor_name');
    }
    // vendor - computed: true, optional: false, required: false
    get vendor() {
        return this.getStringAttribute('vendor');
    }
    // vendor_name - computed: true, optional: false, required: false
    get vendorName() {
        return this.getStringAttribute('vendor_name');
    }
}
exports.DataProxmoxHardwarePciDevicesOutputReference = DataProxmoxHardwarePciDevicesOutputReference;
class DataProxmoxHardwarePciDevicesList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
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
        return new DataProxmoxHardwarePciDevicesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataProxmoxHardwarePciDevicesList = DataProxmoxHardwarePciDevicesList;
function dataProxmoxHardwarePciFiltersToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        class: cdktf.stringToTerraform(struct.class),
        device_id: cdktf.stringToTerraform(struct.deviceId),
        id: cdktf.stringToTerraform(struct.id),
        vendor_id: cdktf.stringToTerraform(struct.vendorId),
    };
}
function dataProxmoxHardwarePciFiltersToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        class: {
            value: cdktf.stringToHclTerraform(struct.class),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        device_id: {
            value: cdktf.stringToHclTerraform(struct.deviceId),
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
        vendor_id: {
            value: cdktf.stringToHclTerraform(struct.vendorId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class DataProxmoxHardwarePciFiltersOutputReference extends cdktf.ComplexObject {
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
        if (this._class !== undefined) {
            hasAnyValues = true;
            internalValueResult.class = this._class;
        }
        if (this._deviceId !== undefined) {
            hasAnyValues = true;
            internalValueResult.deviceId = this._deviceId;
        }
        if (this._id !== undefined) {
            hasAnyValues = true;
            internalValueResult.id = this._id;
        }
        if (this._vendorId !== undefined) {
            hasAnyValues = true;
            internalValueResult.vendorId = this._vendorId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._class = undefined;
            this._deviceId = undefined;
            this._id = undefined;
            this._vendorId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._class = value.class;
            this._deviceId = value.deviceId;
            this._id = value.id;
            this._vendorId = value.vendorId;
        }
    }
    // class - computed: false, optional: true, required: false
    _class;
    get class() {
        return this.getStringAttribute('class');
    }
    set class(value) {
        this._class = value;
    }
    resetClass() {
        this._class = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get classInput() {
        return this._class;
    }
    // device_id - computed: false, optional: true, required: false
    _deviceId;
    get deviceId() {
        return this.getStringAttribute('device_id');
    }
    set deviceId(value) {
        this._deviceId = value;
    }
    resetDeviceId() {
        this._deviceId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deviceIdInput() {
        return this._deviceId;
    }
    // id - computed: false, optional: true, required: false
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
    // vendor_id - computed: false, optional: true, required: false
    _vendorId;
    get vendorId() {
        return this.getStringAttribute('vendor_id');
    }
    set vendorId(value) {
        this._vendorId = value;
    }
    resetVendorId() {
        this._vendorId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vendorIdInput() {
        return this._vendorId;
    }
}
exports.DataProxmoxHardwarePciFiltersOutputReference = DataProxmoxHardwarePciFiltersOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_pci proxmox_hardware_pci}
*/
class DataProxmoxHardwarePci extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_hardware_pci";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxHardwarePci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHardwarePci to import
    * @param importFromId The id of the existing DataProxmoxHardwarePci that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHardwarePci to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_hardware_pci", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_pci proxmox_hardware_pci} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHardwarePciConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_hardware_pci',
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
        this._filters.internalValue = config.filters;
        this._nodeName = config.nodeName;
        this._pciClassBlacklist = config.pciClassBlacklist;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // devices - computed: true, optional: false, required: false
    _devices = new DataProxmoxHardwarePciDevicesList(this, "devices", false);
    get devices() {
        return this._devices;
    }
    // filters - computed: false, optional: true, required: false
    _filters = new DataProxmoxHardwarePciFiltersOutputReference(this, "filters");
    get filters() {
        return this._filters;
    }
    putFilters(value) {
        this._filters.internalValue = value;
    }
    resetFilters() {
        this._filters.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get filtersInput() {
        return this._filters.internalValue;
    }
    // node_name - computed: false, optional: false, required: true
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // pci_class_blacklist - computed: false, optional: true, required: false
    _pciClassBlacklist;
    get pciClassBlacklist() {
        return this.getListAttribute('pci_class_blacklist');
    }
    set pciClassBlacklist(value) {
        this._pciClassBlacklist = value;
    }
    resetPciClassBlacklist() {
        this._pciClassBlacklist = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pciClassBlacklistInput() {
        return this._pciClassBlacklist;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            filters: dataProxmoxHardwarePciFiltersToTerraform(this._filters.internalValue),
            node_name: cdktf.stringToTerraform(this._nodeName),
            pci_class_blacklist: cdktf.listMapper(cdktf.stringToTerraform, false)(this._pciClassBlacklist),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            filters: {
                value: dataProxmoxHardwarePciFiltersToHclTerraform(this._filters.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "DataProxmoxHardwarePciFilters",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            pci_class_blacklist: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._pciClassBlacklist),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxHardwarePci = DataProxmoxHardwarePci;
