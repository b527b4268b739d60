"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm
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
exports.VirtualEnvironmentClonedVm = exports.VirtualEnvironmentClonedVmVgaOutputReference = exports.VirtualEnvironmentClonedVmTimeoutsOutputReference = exports.VirtualEnvironmentClonedVmRngOutputReference = exports.VirtualEnvironmentClonedVmNetworkMap = exports.VirtualEnvironmentClonedVmNetworkOutputReference = exports.VirtualEnvironmentClonedVmMemoryOutputReference = exports.VirtualEnvironmentClonedVmDiskMap = exports.VirtualEnvironmentClonedVmDiskOutputReference = exports.VirtualEnvironmentClonedVmDeleteOutputReference = exports.VirtualEnvironmentClonedVmCpuOutputReference = exports.VirtualEnvironmentClonedVmCloneOutputReference = exports.VirtualEnvironmentClonedVmCdromMap = exports.VirtualEnvironmentClonedVmCdromOutputReference = void 0;
exports.virtualEnvironmentClonedVmCdromToTerraform = virtualEnvironmentClonedVmCdromToTerraform;
exports.virtualEnvironmentClonedVmCdromToHclTerraform = virtualEnvironmentClonedVmCdromToHclTerraform;
exports.virtualEnvironmentClonedVmCloneToTerraform = virtualEnvironmentClonedVmCloneToTerraform;
exports.virtualEnvironmentClonedVmCloneToHclTerraform = virtualEnvironmentClonedVmCloneToHclTerraform;
exports.virtualEnvironmentClonedVmCpuToTerraform = virtualEnvironmentClonedVmCpuToTerraform;
exports.virtualEnvironmentClonedVmCpuToHclTerraform = virtualEnvironmentClonedVmCpuToHclTerraform;
exports.virtualEnvironmentClonedVmDeleteToTerraform = virtualEnvironmentClonedVmDeleteToTerraform;
exports.virtualEnvironmentClonedVmDeleteToHclTerraform = virtualEnvironmentClonedVmDeleteToHclTerraform;
exports.virtualEnvironmentClonedVmDiskToTerraform = virtualEnvironmentClonedVmDiskToTerraform;
exports.virtualEnvironmentClonedVmDiskToHclTerraform = virtualEnvironmentClonedVmDiskToHclTerraform;
exports.virtualEnvironmentClonedVmMemoryToTerraform = virtualEnvironmentClonedVmMemoryToTerraform;
exports.virtualEnvironmentClonedVmMemoryToHclTerraform = virtualEnvironmentClonedVmMemoryToHclTerraform;
exports.virtualEnvironmentClonedVmNetworkToTerraform = virtualEnvironmentClonedVmNetworkToTerraform;
exports.virtualEnvironmentClonedVmNetworkToHclTerraform = virtualEnvironmentClonedVmNetworkToHclTerraform;
exports.virtualEnvironmentClonedVmRngToTerraform = virtualEnvironmentClonedVmRngToTerraform;
exports.virtualEnvironmentClonedVmRngToHclTerraform = virtualEnvironmentClonedVmRngToHclTerraform;
exports.virtualEnvironmentClonedVmTimeoutsToTerraform = virtualEnvironmentClonedVmTimeoutsToTerraform;
exports.virtualEnvironmentClonedVmTimeoutsToHclTerraform = virtualEnvironmentClonedVmTimeoutsToHclTerraform;
exports.virtualEnvironmentClonedVmVgaToTerraform = virtualEnvironmentClonedVmVgaToTerraform;
exports.virtualEnvironmentClonedVmVgaToHclTerraform = virtualEnvironmentClonedVmVgaToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function virtualEnvironmentClonedVmCdromToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        file_id: cdktf.stringToTerraform(struct.fileId),
    };
}
function virtualEnvironmentClonedVmCdromToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        file_id: {
            value: cdktf.stringToHclTerraform(struct.fileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmCdromOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource, terraformAttribute, complexObjectKey) {
        super(terraformResource, terraformAttribute, false, complexObjectKey);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._fileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileId = this._fileId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._fileId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._fileId = value.fileId;
        }
    }
    // file_id - computed: false, optional: true, required: false
    _fileId;
    get fileId() {
        return this.getStringAttribute('file_id');
    }
    set fileId(value) {
        this._fileId = value;
    }
    resetFileId() {
        this._fileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileIdInput() {
        return this._fileId;
    }
}
exports.VirtualEnvironmentClonedVmCdromOutputReference = VirtualEnvironmentClonedVmCdromOutputReference;
class VirtualEnvironmentClonedVmCdromMap extends cdktf.ComplexMap {
    terraformResource;
    terraformAttribute;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
    }
    /**
    * @param key the key of the item to return
    */
    get(key) {
        return new VirtualEnvironmentClonedVmCdromOutputReference(this.terraformResource, this.terraformAttribute, key);
    }
}
exports.VirtualEnvironmentClonedVmCdromMap = VirtualEnvironmentClonedVmCdromMap;
function virtualEnvironmentClonedVmCloneToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bandwidth_limit: cdktf.numberToTerraform(struct.bandwidthLimit),
        full: cdktf.booleanToTerraform(struct.full),
        pool_id: cdktf.stringToTerraform(struct.poolId),
        retries: cdktf.numberToTerraform(struct.retries),
        snapshot_name: cdktf.stringToTerraform(struct.snapshotName),
        source_node_name: cdktf.stringToTerraform(struct.sourceNodeName),
        source_vm_id: cdktf.numberToTerraform(struct.sourceVmId),
        target_datastore: cdktf.stringToTerraform(struct.targetDatastore),
        target_format: cdktf.stringToTerraform(struct.targetFormat),
    };
}
function virtualEnvironmentClonedVmCloneToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bandwidth_limit: {
            value: cdktf.numberToHclTerraform(struct.bandwidthLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        full: {
            value: cdktf.booleanToHclTerraform(struct.full),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        pool_id: {
            value: cdktf.stringToHclTerraform(struct.poolId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        retries: {
            value: cdktf.numberToHclTerraform(struct.retries),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        snapshot_name: {
            value: cdktf.stringToHclTerraform(struct.snapshotName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_node_name: {
            value: cdktf.stringToHclTerraform(struct.sourceNodeName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_vm_id: {
            value: cdktf.numberToHclTerraform(struct.sourceVmId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        target_datastore: {
            value: cdktf.stringToHclTerraform(struct.targetDatastore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        target_format: {
            value: cdktf.stringToHclTerraform(struct.targetFormat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmCloneOutputReference extends cdktf.ComplexObject {
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
        if (this._bandwidthLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.bandwidthLimit = this._bandwidthLimit;
        }
        if (this._full !== undefined) {
            hasAnyValues = true;
            internalValueResult.full = this._full;
        }
        if (this._poolId !== undefined) {
            hasAnyValues = true;
            internalValueResult.poolId = this._poolId;
        }
        if (this._retries !== undefined) {
            hasAnyValues = true;
            internalValueResult.retries = this._retries;
        }
        if (this._snapshotName !== undefined) {
            hasAnyValues = true;
            internalValueResult.snapshotName = this._snapshotName;
        }
        if (this._sourceNodeName !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceNodeName = this._sourceNodeName;
        }
        if (this._sourceVmId !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceVmId = this._sourceVmId;
        }
        if (this._targetDatastore !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetDatastore = this._targetDatastore;
        }
        if (this._targetFormat !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetFormat = this._targetFormat;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._bandwidthLimit = undefined;
            this._full = undefined;
            this._poolId = undefined;
            this._retries = undefined;
            this._snapshotName = undefined;
            this._sourceNodeName = undefined;
            this._sourceVmId = undefined;
            this._targetDatastore = undefined;
            this._targetFormat = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bandwidthLimit = value.bandwidthLimit;
            this._full = value.full;
            this._poolId = value.poolId;
            this._retries = value.retries;
            this._snapshotName = value.snapshotName;
            this._sourceNodeName = value.sourceNodeName;
            this._sourceVmId = value.sourceVmId;
            this._targetDatastore = value.targetDatastore;
            this._targetFormat = value.targetFormat;
        }
    }
    // bandwidth_limit - computed: false, optional: true, required: false
    _bandwidthLimit;
    get bandwidthLimit() {
        return this.getNumberAttribute('bandwidth_limit');
    }
    set bandwidthLimit(value) {
        this._bandwidthLimit = value;
    }
    resetBandwidthLimit() {
        this._bandwidthLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitInput() {
        return this._bandwidthLimit;
    }
    // full - computed: true, optional: true, required: false
    _full;
    get full() {
        return this.getBooleanAttribute('full');
    }
    set full(value) {
        this._full = value;
    }
    resetFull() {
        this._full = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fullInput() {
        return this._full;
    }
    // pool_id - computed: false, optional: true, required: false
    _poolId;
    get poolId() {
        return this.getStringAttribute('pool_id');
    }
    set poolId(value) {
        this._poolId = value;
    }
    resetPoolId() {
        this._poolId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get poolIdInput() {
        return this._poolId;
    }
    // retries - computed: true, optional: true, required: false
    _retries;
    get retries() {
        return this.getNumberAttribute('retries');
    }
    set retries(value) {
        this._retries = value;
    }
    resetRetries() {
        this._retries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retriesInput() {
        return this._retries;
    }
    // snapshot_name - computed: false, optional: true, required: false
    _snapshotName;
    get snapshotName() {
        return this.getStringAttribute('snapshot_name');
    }
    set snapshotName(value) {
        this._snapshotName = value;
    }
    resetSnapshotName() {
        this._snapshotName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get snapshotNameInput() {
        return this._snapshotName;
    }
    // source_node_name - computed: false, optional: true, required: false
    _sourceNodeName;
    get sourceNodeName() {
        return this.getStringAttribute('source_node_name');
    }
    set sourceNodeName(value) {
        this._sourceNodeName = value;
    }
    resetSourceNodeName() {
        this._sourceNodeName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceNodeNameInput() {
        return this._sourceNodeName;
    }
    // source_vm_id - computed: false, optional: false, required: true
    _sourceVmId;
    get sourceVmId() {
        return this.getNumberAttribute('source_vm_id');
    }
    set sourceVmId(value) {
        this._sourceVmId = value;
    }
    // Temporarily expose input value. Use with caution.
    get sourceVmIdInput() {
        return this._sourceVmId;
    }
    // target_datastore - computed: false, optional: true, required: false
    _targetDatastore;
    get targetDatastore() {
        return this.getStringAttribute('target_datastore');
    }
    set targetDatastore(value) {
        this._targetDatastore = value;
    }
    resetTargetDatastore() {
        this._targetDatastore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetDatastoreInput() {
        return this._targetDatastore;
    }
    // target_format - computed: false, optional: true, required: false
    _targetFormat;
    get targetFormat() {
        return this.getStringAttribute('target_format');
    }
    set targetFormat(value) {
        this._targetFormat = value;
    }
    resetTargetFormat() {
        this._targetFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetFormatInput() {
        return this._targetFormat;
    }
}
exports.VirtualEnvironmentClonedVmCloneOutputReference = VirtualEnvironmentClonedVmCloneOutputReference;
function virtualEnvironmentClonedVmCpuToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        affinity: cdktf.stringToTerraform(struct.affinity),
        architecture: cdktf.stringToTerraform(struct.architecture),
        cores: cdktf.numberToTerraform(struct.cores),
        flags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.flags),
        limit: cdktf.numberToTerraform(struct.limit),
        numa: cdktf.booleanToTerraform(struct.numa),
        sockets: cdktf.numberToTerraform(struct.sockets),
        type: cdktf.stringToTerraform(struct.type),
        units: cdktf.numberToTerraform(struct.units),
        vcpus: cdktf.numberToTerraform(struct.vcpus),
    };
}
function virtualEnvironmentClonedVmCpuToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        affinity: {
            value: cdktf.stringToHclTerraform(struct.affinity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        architecture: {
            value: cdktf.stringToHclTerraform(struct.architecture),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cores: {
            value: cdktf.numberToHclTerraform(struct.cores),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        flags: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.flags),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        limit: {
            value: cdktf.numberToHclTerraform(struct.limit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        numa: {
            value: cdktf.booleanToHclTerraform(struct.numa),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        sockets: {
            value: cdktf.numberToHclTerraform(struct.sockets),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        units: {
            value: cdktf.numberToHclTerraform(struct.units),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        vcpus: {
            value: cdktf.numberToHclTerraform(struct.vcpus),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmCpuOutputReference extends cdktf.ComplexObject {
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
        if (this._affinity !== undefined) {
            hasAnyValues = true;
            internalValueResult.affinity = this._affinity;
        }
        if (this._architecture !== undefined) {
            hasAnyValues = true;
            internalValueResult.architecture = this._architecture;
        }
        if (this._cores !== undefined) {
            hasAnyValues = true;
            internalValueResult.cores = this._cores;
        }
        if (this._flags !== undefined) {
            hasAnyValues = true;
            internalValueResult.flags = this._flags;
        }
        if (this._limit !== undefined) {
            hasAnyValues = true;
            internalValueResult.limit = this._limit;
        }
        if (this._numa !== undefined) {
            hasAnyValues = true;
            internalValueResult.numa = this._numa;
        }
        if (this._sockets !== undefined) {
            hasAnyValues = true;
            internalValueResult.sockets = this._sockets;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._units !== undefined) {
            hasAnyValues = true;
            internalValueResult.units = this._units;
        }
        if (this._vcpus !== undefined) {
            hasAnyValues = true;
            internalValueResult.vcpus = this._vcpus;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._affinity = undefined;
            this._architecture = undefined;
            this._cores = undefined;
            this._flags = undefined;
            this._limit = undefined;
            this._numa = undefined;
            this._sockets = undefined;
            this._type = undefined;
            this._units = undefined;
            this._vcpus = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._affinity = value.affinity;
            this._architecture = value.architecture;
            this._cores = value.cores;
            this._flags = value.flags;
            this._limit = value.limit;
            this._numa = value.numa;
            this._sockets = value.sockets;
            this._type = value.type;
            this._units = value.units;
            this._vcpus = value.vcpus;
        }
    }
    // affinity - computed: false, optional: true, required: false
    _affinity;
    get affinity() {
        return this.getStringAttribute('affinity');
    }
    set affinity(value) {
        this._affinity = value;
    }
    resetAffinity() {
        this._affinity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get affinityInput() {
        return this._affinity;
    }
    // architecture - computed: false, optional: true, required: false
    _architecture;
    get architecture() {
        return this.getStringAttribute('architecture');
    }
    set architecture(value) {
        this._architecture = value;
    }
    resetArchitecture() {
        this._architecture = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get architectureInput() {
        return this._architecture;
    }
    // cores - computed: false, optional: true, required: false
    _cores;
    get cores() {
        return this.getNumberAttribute('cores');
    }
    set cores(value) {
        this._cores = value;
    }
    resetCores() {
        this._cores = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get coresInput() {
        return this._cores;
    }
    // flags - computed: false, optional: true, required: false
    _flags;
    get flags() {
        return cdktf.Fn.tolist(this.getListAttribute('flags'));
    }
    set flags(value) {
        this._flags = value;
    }
    resetFlags() {
        this._flags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flagsInput() {
        return this._flags;
    }
    // limit - computed: false, optional: true, required: false
    _limit;
    get limit() {
        return this.getNumberAttribute('limit');
    }
    set limit(value) {
        this._limit = value;
    }
    resetLimit() {
        this._limit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get limitInput() {
        return this._limit;
    }
    // numa - computed: false, optional: true, required: false
    _numa;
    get numa() {
        return this.getBooleanAttribute('numa');
    }
    set numa(value) {
        this._numa = value;
    }
    resetNuma() {
        this._numa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get numaInput() {
        return this._numa;
    }
    // sockets - computed: false, optional: true, required: false
    _sockets;
    get sockets() {
        return this.getNumberAttribute('sockets');
    }
    set sockets(value) {
        this._sockets = value;
    }
    resetSockets() {
        this._sockets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get socketsInput() {
        return this._sockets;
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
    // units - computed: false, optional: true, required: false
    _units;
    get units() {
        return this.getNumberAttribute('units');
    }
    set units(value) {
        this._units = value;
    }
    resetUnits() {
        this._units = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unitsInput() {
        return this._units;
    }
    // vcpus - computed: false, optional: true, required: false
    _vcpus;
    get vcpus() {
        return this.getNumberAttribute('vcpus');
    }
    set vcpus(value) {
        this._vcpus = value;
    }
    resetVcpus() {
        this._vcpus = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vcpusInput() {
        return this._vcpus;
    }
}
exports.VirtualEnvironmentClonedVmCpuOutputReference = VirtualEnvironmentClonedVmCpuOutputReference;
function virtualEnvironmentClonedVmDeleteToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disk: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.disk),
        network: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.network),
    };
}
function virtualEnvironmentClonedVmDeleteToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disk: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.disk),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        network: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.network),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmDeleteOutputReference extends cdktf.ComplexObject {
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
        if (this._disk !== undefined) {
            hasAnyValues = true;
            internalValueResult.disk = this._disk;
        }
        if (this._network !== undefined) {
            hasAnyValues = true;
            internalValueResult.network = this._network;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._disk = undefined;
            this._network = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._disk = value.disk;
            this._network = value.network;
        }
    }
    // disk - computed: false, optional: true, required: false
    _disk;
    get disk() {
        return this.getListAttribute('disk');
    }
    set disk(value) {
        this._disk = value;
    }
    resetDisk() {
        this._disk = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskInput() {
        return this._disk;
    }
    // network - computed: false, optional: true, required: false
    _network;
    get network() {
        return this.getListAttribute('network');
    }
    set network(value) {
        this._network = value;
    }
    resetNetwork() {
        this._network = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network;
    }
}
exports.VirtualEnvironmentClonedVmDeleteOutputReference = VirtualEnvironmentClonedVmDeleteOutputReference;
function virtualEnvironmentClonedVmDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aio: cdktf.stringToTerraform(struct.aio),
        backup: cdktf.booleanToTerraform(struct.backup),
        cache: cdktf.stringToTerraform(struct.cache),
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        discard: cdktf.stringToTerraform(struct.discard),
        file: cdktf.stringToTerraform(struct.file),
        format: cdktf.stringToTerraform(struct.format),
        import_from: cdktf.stringToTerraform(struct.importFromAttribute),
        iothread: cdktf.booleanToTerraform(struct.iothread),
        media: cdktf.stringToTerraform(struct.media),
        replicate: cdktf.booleanToTerraform(struct.replicate),
        serial: cdktf.stringToTerraform(struct.serial),
        size_gb: cdktf.numberToTerraform(struct.sizeGb),
        ssd: cdktf.booleanToTerraform(struct.ssd),
    };
}
function virtualEnvironmentClonedVmDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aio: {
            value: cdktf.stringToHclTerraform(struct.aio),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        backup: {
            value: cdktf.booleanToHclTerraform(struct.backup),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        cache: {
            value: cdktf.stringToHclTerraform(struct.cache),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        discard: {
            value: cdktf.stringToHclTerraform(struct.discard),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file: {
            value: cdktf.stringToHclTerraform(struct.file),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        format: {
            value: cdktf.stringToHclTerraform(struct.format),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        import_from: {
            value: cdktf.stringToHclTerraform(struct.importFromAttribute),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iothread: {
            value: cdktf.booleanToHclTerraform(struct.iothread),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        media: {
            value: cdktf.stringToHclTerraform(struct.media),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        replicate: {
            value: cdktf.booleanToHclTerraform(struct.replicate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        serial: {
            value: cdktf.stringToHclTerraform(struct.serial),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        size_gb: {
            value: cdktf.numberToHclTerraform(struct.sizeGb),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        ssd: {
            value: cdktf.booleanToHclTerraform(struct.ssd),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmDiskOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource, terraformAttribute, complexObjectKey) {
        super(terraformResource, terraformAttribute, false, complexObjectKey);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._aio !== undefined) {
            hasAnyValues = true;
            internalValueResult.aio = this._aio;
        }
        if (this._backup !== undefined) {
            hasAnyValues = true;
            internalValueResult.backup = this._backup;
        }
        if (this._cache !== undefined) {
            hasAnyValues = true;
            internalValueResult.cache = this._cache;
        }
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._discard !== undefined) {
            hasAnyValues = true;
            internalValueResult.discard = this._discard;
        }
        if (this._file !== undefined) {
            hasAnyValues = true;
            internalValueResult.file = this._file;
        }
        if (this._format !== undefined) {
            hasAnyValues = true;
            internalValueResult.format = this._format;
        }
        if (this._importFrom !== undefined) {
            hasAnyValues = true;
            internalValueResult.importFromAttribute = this._importFrom;
        }
        if (this._iothread !== undefined) {
            hasAnyValues = true;
            internalValueResult.iothread = this._iothread;
        }
        if (this._media !== undefined) {
            hasAnyValues = true;
            internalValueResult.media = this._media;
        }
        if (this._replicate !== undefined) {
            hasAnyValues = true;
            internalValueResult.replicate = this._replicate;
        }
        if (this._serial !== undefined) {
            hasAnyValues = true;
            internalValueResult.serial = this._serial;
        }
        if (this._sizeGb !== undefined) {
            hasAnyValues = true;
            internalValueResult.sizeGb = this._sizeGb;
        }
        if (this._ssd !== undefined) {
            hasAnyValues = true;
            internalValueResult.ssd = this._ssd;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._aio = undefined;
            this._backup = undefined;
            this._cache = undefined;
            this._datastoreId = undefined;
            this._discard = undefined;
            this._file = undefined;
            this._format = undefined;
            this._importFrom = undefined;
            this._iothread = undefined;
            this._media = undefined;
            this._replicate = undefined;
            this._serial = undefined;
            this._sizeGb = undefined;
            this._ssd = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._aio = value.aio;
            this._backup = value.backup;
            this._cache = value.cache;
            this._datastoreId = value.datastoreId;
            this._discard = value.discard;
            this._file = value.file;
            this._format = value.format;
            this._importFrom = value.importFromAttribute;
            this._iothread = value.iothread;
            this._media = value.media;
            this._replicate = value.replicate;
            this._serial = value.serial;
            this._sizeGb = value.sizeGb;
            this._ssd = value.ssd;
        }
    }
    // aio - computed: false, optional: true, required: false
    _aio;
    get aio() {
        return this.getStringAttribute('aio');
    }
    set aio(value) {
        this._aio = value;
    }
    resetAio() {
        this._aio = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aioInput() {
        return this._aio;
    }
    // backup - computed: false, optional: true, required: false
    _backup;
    get backup() {
        return this.getBooleanAttribute('backup');
    }
    set backup(value) {
        this._backup = value;
    }
    resetBackup() {
        this._backup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupInput() {
        return this._backup;
    }
    // cache - computed: false, optional: true, required: false
    _cache;
    get cache() {
        return this.getStringAttribute('cache');
    }
    set cache(value) {
        this._cache = value;
    }
    resetCache() {
        this._cache = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cacheInput() {
        return this._cache;
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // discard - computed: false, optional: true, required: false
    _discard;
    get discard() {
        return this.getStringAttribute('discard');
    }
    set discard(value) {
        this._discard = value;
    }
    resetDiscard() {
        this._discard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discardInput() {
        return this._discard;
    }
    // file - computed: false, optional: true, required: false
    _file;
    get file() {
        return this.getStringAttribute('file');
    }
    set file(value) {
        this._file = value;
    }
    resetFile() {
        this._file = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileInput() {
        return this._file;
    }
    // format - computed: false, optional: true, required: false
    _format;
    get format() {
        return this.getStringAttribute('format');
    }
    set format(value) {
        this._format = value;
    }
    resetFormat() {
        this._format = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get formatInput() {
        return this._format;
    }
    // import_from - computed: false, optional: true, required: false
    _importFrom;
    get importFromAttribute() {
        return this.getStringAttribute('import_from');
    }
    set importFromAttribute(value) {
        this._importFrom = value;
    }
    resetImportFromAttribute() {
        this._importFrom = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get importFromAttributeInput() {
        return this._importFrom;
    }
    // iothread - computed: false, optional: true, required: false
    _iothread;
    get iothread() {
        return this.getBooleanAttribute('iothread');
    }
    set iothread(value) {
        this._iothread = value;
    }
    resetIothread() {
        this._iothread = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iothreadInput() {
        return this._iothread;
    }
    // media - computed: false, optional: true, required: false
    _media;
    get media() {
        return this.getStringAttribute('media');
    }
    set media(value) {
        this._media = value;
    }
    resetMedia() {
        this._media = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mediaInput() {
        return this._media;
    }
    // replicate - computed: false, optional: true, required: false
    _replicate;
    get replicate() {
        return this.getBooleanAttribute('replicate');
    }
    set replicate(value) {
        this._replicate = value;
    }
    resetReplicate() {
        this._replicate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicateInput() {
        return this._replicate;
    }
    // serial - computed: false, optional: true, required: false
    _serial;
    get serial() {
        return this.getStringAttribute('serial');
    }
    set serial(value) {
        this._serial = value;
    }
    resetSerial() {
        this._serial = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serialInput() {
        return this._serial;
    }
    // size_gb - computed: false, optional: true, required: false
    _sizeGb;
    get sizeGb() {
        return this.getNumberAttribute('size_gb');
    }
    set sizeGb(value) {
        this._sizeGb = value;
    }
    resetSizeGb() {
        this._sizeGb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeGbInput() {
        return this._sizeGb;
    }
    // ssd - computed: false, optional: true, required: false
    _ssd;
    get ssd() {
        return this.getBooleanAttribute('ssd');
    }
    set ssd(value) {
        this._ssd = value;
    }
    resetSsd() {
        this._ssd = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ssdInput() {
        return this._ssd;
    }
}
exports.VirtualEnvironmentClonedVmDiskOutputReference = VirtualEnvironmentClonedVmDiskOutputReference;
class VirtualEnvironmentClonedVmDiskMap extends cdktf.ComplexMap {
    terraformResource;
    terraformAttribute;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
    }
    /**
    * @param key the key of the item to return
    */
    get(key) {
        return new VirtualEnvironmentClonedVmDiskOutputReference(this.terraformResource, this.terraformAttribute, key);
    }
}
exports.VirtualEnvironmentClonedVmDiskMap = VirtualEnvironmentClonedVmDiskMap;
function virtualEnvironmentClonedVmMemoryToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        balloon: cdktf.numberToTerraform(struct.balloon),
        hugepages: cdktf.stringToTerraform(struct.hugepages),
        keep_hugepages: cdktf.booleanToTerraform(struct.keepHugepages),
        shares: cdktf.numberToTerraform(struct.shares),
        size: cdktf.numberToTerraform(struct.size),
    };
}
function virtualEnvironmentClonedVmMemoryToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        balloon: {
            value: cdktf.numberToHclTerraform(struct.balloon),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        hugepages: {
            value: cdktf.stringToHclTerraform(struct.hugepages),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        keep_hugepages: {
            value: cdktf.booleanToHclTerraform(struct.keepHugepages),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        shares: {
            value: cdktf.numberToHclTerraform(struct.shares),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        size: {
            value: cdktf.numberToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmMemoryOutputReference extends cdktf.ComplexObject {
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
        if (this._balloon !== undefined) {
            hasAnyValues = true;
            internalValueResult.balloon = this._balloon;
        }
        if (this._hugepages !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepages = this._hugepages;
        }
        if (this._keepHugepages !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepHugepages = this._keepHugepages;
        }
        if (this._shares !== undefined) {
            hasAnyValues = true;
            internalValueResult.shares = this._shares;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._balloon = undefined;
            this._hugepages = undefined;
            this._keepHugepages = undefined;
            this._shares = undefined;
            this._size = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._balloon = value.balloon;
            this._hugepages = value.hugepages;
            this._keepHugepages = value.keepHugepages;
            this._shares = value.shares;
            this._size = value.size;
        }
    }
    // balloon - computed: false, optional: true, required: false
    _balloon;
    get balloon() {
        return this.getNumberAttribute('balloon');
    }
    set balloon(value) {
        this._balloon = value;
    }
    resetBalloon() {
        this._balloon = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get balloonInput() {
        return this._balloon;
    }
    // hugepages - computed: false, optional: true, required: false
    _hugepages;
    get hugepages() {
        return this.getStringAttribute('hugepages');
    }
    set hugepages(value) {
        this._hugepages = value;
    }
    resetHugepages() {
        this._hugepages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hugepagesInput() {
        return this._hugepages;
    }
    // keep_hugepages - computed: false, optional: true, required: false
    _keepHugepages;
    get keepHugepages() {
        return this.getBooleanAttribute('keep_hugepages');
    }
    set keepHugepages(value) {
        this._keepHugepages = value;
    }
    resetKeepHugepages() {
        this._keepHugepages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepHugepagesInput() {
        return this._keepHugepages;
    }
    // shares - computed: false, optional: true, required: false
    _shares;
    get shares() {
        return this.getNumberAttribute('shares');
    }
    set shares(value) {
        this._shares = value;
    }
    resetShares() {
        this._shares = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharesInput() {
        return this._shares;
    }
    // size - computed: false, optional: true, required: false
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    resetSize() {
        this._size = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
}
exports.VirtualEnvironmentClonedVmMemoryOutputReference = VirtualEnvironmentClonedVmMemoryOutputReference;
function virtualEnvironmentClonedVmNetworkToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bridge: cdktf.stringToTerraform(struct.bridge),
        firewall: cdktf.booleanToTerraform(struct.firewall),
        link_down: cdktf.booleanToTerraform(struct.linkDown),
        mac_address: cdktf.stringToTerraform(struct.macAddress),
        model: cdktf.stringToTerraform(struct.model),
        mtu: cdktf.numberToTerraform(struct.mtu),
        queues: cdktf.numberToTerraform(struct.queues),
        rate_limit: cdktf.numberToTerraform(struct.rateLimit),
        tag: cdktf.numberToTerraform(struct.tag),
        trunks: cdktf.listMapper(cdktf.numberToTerraform, false)(struct.trunks),
    };
}
function virtualEnvironmentClonedVmNetworkToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bridge: {
            value: cdktf.stringToHclTerraform(struct.bridge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        firewall: {
            value: cdktf.booleanToHclTerraform(struct.firewall),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        link_down: {
            value: cdktf.booleanToHclTerraform(struct.linkDown),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mac_address: {
            value: cdktf.stringToHclTerraform(struct.macAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        model: {
            value: cdktf.stringToHclTerraform(struct.model),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mtu: {
            value: cdktf.numberToHclTerraform(struct.mtu),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        queues: {
            value: cdktf.numberToHclTerraform(struct.queues),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        rate_limit: {
            value: cdktf.numberToHclTerraform(struct.rateLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        tag: {
            value: cdktf.numberToHclTerraform(struct.tag),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        trunks: {
            value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct.trunks),
            isBlock: false,
            type: "set",
            storageClassType: "numberList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmNetworkOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource, terraformAttribute, complexObjectKey) {
        super(terraformResource, terraformAttribute, false, complexObjectKey);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._bridge !== undefined) {
            hasAnyValues = true;
            internalValueResult.bridge = this._bridge;
        }
        if (this._firewall !== undefined) {
            hasAnyValues = true;
            internalValueResult.firewall = this._firewall;
        }
        if (this._linkDown !== undefined) {
            hasAnyValues = true;
            internalValueResult.linkDown = this._linkDown;
        }
        if (this._macAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.macAddress = this._macAddress;
        }
        if (this._model !== undefined) {
            hasAnyValues = true;
            internalValueResult.model = this._model;
        }
        if (this._mtu !== undefined) {
            hasAnyValues = true;
            internalValueResult.mtu = this._mtu;
        }
        if (this._queues !== undefined) {
            hasAnyValues = true;
            internalValueResult.queues = this._queues;
        }
        if (this._rateLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.rateLimit = this._rateLimit;
        }
        if (this._tag !== undefined) {
            hasAnyValues = true;
            internalValueResult.tag = this._tag;
        }
        if (this._trunks !== undefined) {
            hasAnyValues = true;
            internalValueResult.trunks = this._trunks;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._bridge = undefined;
            this._firewall = undefined;
            this._linkDown = undefined;
            this._macAddress = undefined;
            this._model = undefined;
            this._mtu = undefined;
            this._queues = undefined;
            this._rateLimit = undefined;
            this._tag = undefined;
            this._trunks = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bridge = value.bridge;
            this._firewall = value.firewall;
            this._linkDown = value.linkDown;
            this._macAddress = value.macAddress;
            this._model = value.model;
            this._mtu = value.mtu;
            this._queues = value.queues;
            this._rateLimit = value.rateLimit;
            this._tag = value.tag;
            this._trunks = value.trunks;
        }
    }
    // bridge - computed: false, optional: true, required: false
    _bridge;
    get bridge() {
        return this.getStringAttribute('bridge');
    }
    set bridge(value) {
        this._bridge = value;
    }
    resetBridge() {
        this._bridge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bridgeInput() {
        return this._bridge;
    }
    // firewall - computed: false, optional: true, required: false
    _firewall;
    get firewall() {
        return this.getBooleanAttribute('firewall');
    }
    set firewall(value) {
        this._firewall = value;
    }
    resetFirewall() {
        this._firewall = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get firewallInput() {
        return this._firewall;
    }
    // link_down - computed: false, optional: true, required: false
    _linkDown;
    get linkDown() {
        return this.getBooleanAttribute('link_down');
    }
    set linkDown(value) {
        this._linkDown = value;
    }
    resetLinkDown() {
        this._linkDown = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get linkDownInput() {
        return this._linkDown;
    }
    // mac_address - computed: false, optional: true, required: false
    _macAddress;
    get macAddress() {
        return this.getStringAttribute('mac_address');
    }
    set macAddress(value) {
        this._macAddress = value;
    }
    resetMacAddress() {
        this._macAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macAddressInput() {
        return this._macAddress;
    }
    // model - computed: false, optional: true, required: false
    _model;
    get model() {
        return this.getStringAttribute('model');
    }
    set model(value) {
        this._model = value;
    }
    resetModel() {
        this._model = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modelInput() {
        return this._model;
    }
    // mtu - computed: false, optional: true, required: false
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
    // queues - computed: false, optional: true, required: false
    _queues;
    get queues() {
        return this.getNumberAttribute('queues');
    }
    set queues(value) {
        this._queues = value;
    }
    resetQueues() {
        this._queues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queuesInput() {
        return this._queues;
    }
    // rate_limit - computed: false, optional: true, required: false
    _rateLimit;
    get rateLimit() {
        return this.getNumberAttribute('rate_limit');
    }
    set rateLimit(value) {
        this._rateLimit = value;
    }
    resetRateLimit() {
        this._rateLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rateLimitInput() {
        return this._rateLimit;
    }
    // tag - computed: false, optional: true, required: false
    _tag;
    get tag() {
        return this.getNumberAttribute('tag');
    }
    set tag(value) {
        this._tag = value;
    }
    resetTag() {
        this._tag = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagInput() {
        return this._tag;
    }
    // trunks - computed: false, optional: true, required: false
    _trunks;
    get trunks() {
        return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('trunks')));
    }
    set trunks(value) {
        this._trunks = value;
    }
    resetTrunks() {
        this._trunks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get trunksInput() {
        return this._trunks;
    }
}
exports.VirtualEnvironmentClonedVmNetworkOutputReference = VirtualEnvironmentClonedVmNetworkOutputReference;
class VirtualEnvironmentClonedVmNetworkMap extends cdktf.ComplexMap {
    terraformResource;
    terraformAttribute;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
    }
    /**
    * @param key the key of the item to return
    */
    get(key) {
        return new VirtualEnvironmentClonedVmNetworkOutputReference(this.terraformResource, this.terraformAttribute, key);
    }
}
exports.VirtualEnvironmentClonedVmNetworkMap = VirtualEnvironmentClonedVmNetworkMap;
function virtualEnvironmentClonedVmRngToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_bytes: cdktf.numberToTerraform(struct.maxBytes),
        period: cdktf.numberToTerraform(struct.period),
        source: cdktf.stringToTerraform(struct.source),
    };
}
function virtualEnvironmentClonedVmRngToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_bytes: {
            value: cdktf.numberToHclTerraform(struct.maxBytes),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        period: {
            value: cdktf.numberToHclTerraform(struct.period),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        source: {
            value: cdktf.stringToHclTerraform(struct.source),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmRngOutputReference extends cdktf.ComplexObject {
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
        if (this._maxBytes !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxBytes = this._maxBytes;
        }
        if (this._period !== undefined) {
            hasAnyValues = true;
            internalValueResult.period = this._period;
        }
        if (this._source !== undefined) {
            hasAnyValues = true;
            internalValueResult.source = this._source;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._maxBytes = undefined;
            this._period = undefined;
            this._source = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._maxBytes = value.maxBytes;
            this._period = value.period;
            this._source = value.source;
        }
    }
    // max_bytes - computed: false, optional: true, required: false
    _maxBytes;
    get maxBytes() {
        return this.getNumberAttribute('max_bytes');
    }
    set maxBytes(value) {
        this._maxBytes = value;
    }
    resetMaxBytes() {
        this._maxBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxBytesInput() {
        return this._maxBytes;
    }
    // period - computed: false, optional: true, required: false
    _period;
    get period() {
        return this.getNumberAttribute('period');
    }
    set period(value) {
        this._period = value;
    }
    resetPeriod() {
        this._period = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get periodInput() {
        return this._period;
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
}
exports.VirtualEnvironmentClonedVmRngOutputReference = VirtualEnvironmentClonedVmRngOutputReference;
function virtualEnvironmentClonedVmTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        read: cdktf.stringToTerraform(struct.read),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function virtualEnvironmentClonedVmTimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        read: {
            value: cdktf.stringToHclTerraform(struct.read),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClonedVmTimeoutsOutputReference extends cdktf.ComplexObject {
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
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._read = undefined;
            this._update = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
            this._read = value.read;
            this._update = value.update;
        }
    }
    // create - computed: false, optional: true, required: false
    _create;
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    // delete - computed: false, optional: true, required: false
    _delete;
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
    // read - computed: false, optional: true, required: false
    _read;
    get read() {
        return this.getStringAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
    }
    // update - computed: false, optional: true, required: false
    _update;
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.VirtualEnvironmentClonedVmTimeoutsOutputReference = VirtualEnvironmentClonedVmTimeoutsOutputReference;
function virtualEnvironmentClonedVmVgaToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        clipboard: cdktf.stringToTerraform(struct.clipboard),
        memory: cdktf.numberToTerraform(struct.memory),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentClonedVmVgaToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        clipboard: {
            value: cdktf.stringToHclTerraform(struct.clipboard),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory: {
            value: cdktf.numberToHclTerraform(struct.memory),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
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
class VirtualEnvironmentClonedVmVgaOutputReference extends cdktf.ComplexObject {
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
        if (this._clipboard !== undefined) {
            hasAnyValues = true;
            internalValueResult.clipboard = this._clipboard;
        }
        if (this._memory !== undefined) {
            hasAnyValues = true;
            internalValueResult.memory = this._memory;
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
            this._clipboard = undefined;
            this._memory = undefined;
            this._type = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._clipboard = value.clipboard;
            this._memory = value.memory;
            this._type = value.type;
        }
    }
    // clipboard - computed: false, optional: true, required: false
    _clipboard;
    get clipboard() {
        return this.getStringAttribute('clipboard');
    }
    set clipboard(value) {
        this._clipboard = value;
    }
    resetClipboard() {
        this._clipboard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clipboardInput() {
        return this._clipboard;
    }
    // memory - computed: false, optional: true, required: false
    _memory;
    get memory() {
        return this.getNumberAttribute('memory');
    }
    set memory(value) {
        this._memory = value;
    }
    resetMemory() {
        this._memory = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory;
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
exports.VirtualEnvironmentClonedVmVgaOutputReference = VirtualEnvironmentClonedVmVgaOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm}
*/
class VirtualEnvironmentClonedVm extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_cloned_vm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClonedVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClonedVm to import
    * @param importFromId The id of the existing VirtualEnvironmentClonedVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClonedVm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_cloned_vm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClonedVmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_cloned_vm',
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
        this._cdrom.internalValue = config.cdrom;
        this._clone.internalValue = config.clone;
        this._cpu.internalValue = config.cpu;
        this._delete.internalValue = config.delete;
        this._deleteUnreferencedDisksOnDestroy = config.deleteUnreferencedDisksOnDestroy;
        this._description = config.description;
        this._disk.internalValue = config.disk;
        this._id = config.id;
        this._memory.internalValue = config.memory;
        this._name = config.name;
        this._network.internalValue = config.network;
        this._nodeName = config.nodeName;
        this._purgeOnDestroy = config.purgeOnDestroy;
        this._rng.internalValue = config.rng;
        this._started = config.started;
        this._stopOnDestroy = config.stopOnDestroy;
        this._tags = config.tags;
        this._timeouts.internalValue = config.timeouts;
        this._vga.internalValue = config.vga;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cdrom - computed: false, optional: true, required: false
    _cdrom = new VirtualEnvironmentClonedVmCdromMap(this, "cdrom");
    get cdrom() {
        return this._cdrom;
    }
    putCdrom(value) {
        this._cdrom.internalValue = value;
    }
    resetCdrom() {
        this._cdrom.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cdromInput() {
        return this._cdrom.internalValue;
    }
    // clone - computed: false, optional: false, required: true
    _clone = new VirtualEnvironmentClonedVmCloneOutputReference(this, "clone");
    get clone() {
        return this._clone;
    }
    putClone(value) {
        this._clone.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get cloneInput() {
        return this._clone.internalValue;
    }
    // cpu - computed: false, optional: true, required: false
    _cpu = new VirtualEnvironmentClonedVmCpuOutputReference(this, "cpu");
    get cpu() {
        return this._cpu;
    }
    putCpu(value) {
        this._cpu.internalValue = value;
    }
    resetCpu() {
        this._cpu.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuInput() {
        return this._cpu.internalValue;
    }
    // delete - computed: false, optional: true, required: false
    _delete = new VirtualEnvironmentClonedVmDeleteOutputReference(this, "delete");
    get delete() {
        return this._delete;
    }
    putDelete(value) {
        this._delete.internalValue = value;
    }
    resetDelete() {
        this._delete.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete.internalValue;
    }
    // delete_unreferenced_disks_on_destroy - computed: true, optional: true, required: false
    _deleteUnreferencedDisksOnDestroy;
    get deleteUnreferencedDisksOnDestroy() {
        return this.getBooleanAttribute('delete_unreferenced_disks_on_destroy');
    }
    set deleteUnreferencedDisksOnDestroy(value) {
        this._deleteUnreferencedDisksOnDestroy = value;
    }
    resetDeleteUnreferencedDisksOnDestroy() {
        this._deleteUnreferencedDisksOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteUnreferencedDisksOnDestroyInput() {
        return this._deleteUnreferencedDisksOnDestroy;
    }
    // description - computed: false, optional: true, required: false
    _description;
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    // disk - computed: false, optional: true, required: false
    _disk = new VirtualEnvironmentClonedVmDiskMap(this, "disk");
    get disk() {
        return this._disk;
    }
    putDisk(value) {
        this._disk.internalValue = value;
    }
    resetDisk() {
        this._disk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskInput() {
        return this._disk.internalValue;
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getNumberAttribute('id');
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
    // memory - computed: false, optional: true, required: false
    _memory = new VirtualEnvironmentClonedVmMemoryOutputReference(this, "memory");
    get memory() {
        return this._memory;
    }
    putMemory(value) {
        this._memory.internalValue = value;
    }
    resetMemory() {
        this._memory.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory.internalValue;
    }
    // name - computed: false, optional: true, required: false
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // network - computed: false, optional: true, required: false
    _network = new VirtualEnvironmentClonedVmNetworkMap(this, "network");
    get network() {
        return this._network;
    }
    putNetwork(value) {
        this._network.internalValue = value;
    }
    resetNetwork() {
        this._network.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network.internalValue;
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
    // purge_on_destroy - computed: true, optional: true, required: false
    _purgeOnDestroy;
    get purgeOnDestroy() {
        return this.getBooleanAttribute('purge_on_destroy');
    }
    set purgeOnDestroy(value) {
        this._purgeOnDestroy = value;
    }
    resetPurgeOnDestroy() {
        this._purgeOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get purgeOnDestroyInput() {
        return this._purgeOnDestroy;
    }
    // rng - computed: false, optional: true, required: false
    _rng = new VirtualEnvironmentClonedVmRngOutputReference(this, "rng");
    get rng() {
        return this._rng;
    }
    putRng(value) {
        this._rng.internalValue = value;
    }
    resetRng() {
        this._rng.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rngInput() {
        return this._rng.internalValue;
    }
    // started - computed: true, optional: true, required: false
    _started;
    get started() {
        return this.getBooleanAttribute('started');
    }
    set started(value) {
        this._started = value;
    }
    resetStarted() {
        this._started = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startedInput() {
        return this._started;
    }
    // stop_on_destroy - computed: true, optional: true, required: false
    _stopOnDestroy;
    get stopOnDestroy() {
        return this.getBooleanAttribute('stop_on_destroy');
    }
    set stopOnDestroy(value) {
        this._stopOnDestroy = value;
    }
    resetStopOnDestroy() {
        this._stopOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stopOnDestroyInput() {
        return this._stopOnDestroy;
    }
    // tags - computed: false, optional: true, required: false
    _tags;
    get tags() {
        return cdktf.Fn.tolist(this.getListAttribute('tags'));
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new VirtualEnvironmentClonedVmTimeoutsOutputReference(this, "timeouts");
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // vga - computed: false, optional: true, required: false
    _vga = new VirtualEnvironmentClonedVmVgaOutputReference(this, "vga");
    get vga() {
        return this._vga;
    }
    putVga(value) {
        this._vga.internalValue = value;
    }
    resetVga() {
        this._vga.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vgaInput() {
        return this._vga.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cdrom: cdktf.hashMapper(virtualEnvironmentClonedVmCdromToTerraform)(this._cdrom.internalValue),
            clone: virtualEnvironmentClonedVmCloneToTerraform(this._clone.internalValue),
            cpu: virtualEnvironmentClonedVmCpuToTerraform(this._cpu.internalValue),
            delete: virtualEnvironmentClonedVmDeleteToTerraform(this._delete.internalValue),
            delete_unreferenced_disks_on_destroy: cdktf.booleanToTerraform(this._deleteUnreferencedDisksOnDestroy),
            description: cdktf.stringToTerraform(this._description),
            disk: cdktf.hashMapper(virtualEnvironmentClonedVmDiskToTerraform)(this._disk.internalValue),
            id: cdktf.numberToTerraform(this._id),
            memory: virtualEnvironmentClonedVmMemoryToTerraform(this._memory.internalValue),
            name: cdktf.stringToTerraform(this._name),
            network: cdktf.hashMapper(virtualEnvironmentClonedVmNetworkToTerraform)(this._network.internalValue),
            node_name: cdktf.stringToTerraform(this._nodeName),
            purge_on_destroy: cdktf.booleanToTerraform(this._purgeOnDestroy),
            rng: virtualEnvironmentClonedVmRngToTerraform(this._rng.internalValue),
            started: cdktf.booleanToTerraform(this._started),
            stop_on_destroy: cdktf.booleanToTerraform(this._stopOnDestroy),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            timeouts: virtualEnvironmentClonedVmTimeoutsToTerraform(this._timeouts.internalValue),
            vga: virtualEnvironmentClonedVmVgaToTerraform(this._vga.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cdrom: {
                value: cdktf.hashMapperHcl(virtualEnvironmentClonedVmCdromToHclTerraform)(this._cdrom.internalValue),
                isBlock: true,
                type: "map",
                storageClassType: "VirtualEnvironmentClonedVmCdromMap",
            },
            clone: {
                value: virtualEnvironmentClonedVmCloneToHclTerraform(this._clone.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmClone",
            },
            cpu: {
                value: virtualEnvironmentClonedVmCpuToHclTerraform(this._cpu.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmCpu",
            },
            delete: {
                value: virtualEnvironmentClonedVmDeleteToHclTerraform(this._delete.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmDelete",
            },
            delete_unreferenced_disks_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._deleteUnreferencedDisksOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disk: {
                value: cdktf.hashMapperHcl(virtualEnvironmentClonedVmDiskToHclTerraform)(this._disk.internalValue),
                isBlock: true,
                type: "map",
                storageClassType: "VirtualEnvironmentClonedVmDiskMap",
            },
            id: {
                value: cdktf.numberToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            memory: {
                value: virtualEnvironmentClonedVmMemoryToHclTerraform(this._memory.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmMemory",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            network: {
                value: cdktf.hashMapperHcl(virtualEnvironmentClonedVmNetworkToHclTerraform)(this._network.internalValue),
                isBlock: true,
                type: "map",
                storageClassType: "VirtualEnvironmentClonedVmNetworkMap",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            purge_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._purgeOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            rng: {
                value: virtualEnvironmentClonedVmRngToHclTerraform(this._rng.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmRng",
            },
            started: {
                value: cdktf.booleanToHclTerraform(this._started),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            stop_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._stopOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            timeouts: {
                value: virtualEnvironmentClonedVmTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmTimeouts",
            },
            vga: {
                value: virtualEnvironmentClonedVmVgaToHclTerraform(this._vga.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentClonedVmVga",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentClonedVm = VirtualEnvironmentClonedVm;
