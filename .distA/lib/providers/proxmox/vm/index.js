"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/vm
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
exports.Vm = exports.VmVgaOutputReference = exports.VmTimeoutsOutputReference = exports.VmRngOutputReference = exports.VmCpuOutputReference = exports.VmCdromMap = exports.VmCdromOutputReference = void 0;
exports.vmCdromToTerraform = vmCdromToTerraform;
exports.vmCdromToHclTerraform = vmCdromToHclTerraform;
exports.vmCpuToTerraform = vmCpuToTerraform;
exports.vmCpuToHclTerraform = vmCpuToHclTerraform;
exports.vmRngToTerraform = vmRngToTerraform;
exports.vmRngToHclTerraform = vmRngToHclTerraform;
exports.vmTimeoutsToTerraform = vmTimeoutsToTerraform;
exports.vmTimeoutsToHclTerraform = vmTimeoutsToHclTerraform;
exports.vmVgaToTerraform = vmVgaToTerraform;
exports.vmVgaToHclTerraform = vmVgaToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function vmCdromToTerraform(struct) {
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
function vmCdromToHclTerraform(struct) {
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
class VmCdromOutputReference extends cdktf.ComplexObject {
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
    // file_id - computed: true, optional: true, required: false
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
exports.VmCdromOutputReference = VmCdromOutputReference;
class VmCdromMap extends cdktf.ComplexMap {
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
        return new VmCdromOutputReference(this.terraformResource, this.terraformAttribute, key);
    }
}
exports.VmCdromMap = VmCdromMap;
function vmCpuToTerraform(struct) {
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
function vmCpuToHclTerraform(struct) {
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
class VmCpuOutputReference extends cdktf.ComplexObject {
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
exports.VmCpuOutputReference = VmCpuOutputReference;
function vmRngToTerraform(struct) {
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
function vmRngToHclTerraform(struct) {
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
class VmRngOutputReference extends cdktf.ComplexObject {
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
exports.VmRngOutputReference = VmRngOutputReference;
function vmTimeoutsToTerraform(struct) {
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
function vmTimeoutsToHclTerraform(struct) {
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
class VmTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.VmTimeoutsOutputReference = VmTimeoutsOutputReference;
function vmVgaToTerraform(struct) {
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
function vmVgaToHclTerraform(struct) {
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
class VmVgaOutputReference extends cdktf.ComplexObject {
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
exports.VmVgaOutputReference = VmVgaOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/vm proxmox_vm}
*/
class Vm extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_vm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Vm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Vm to import
    * @param importFromId The id of the existing Vm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Vm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_vm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/vm proxmox_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_vm',
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
        this._cpu.internalValue = config.cpu;
        this._deleteUnreferencedDisksOnDestroy = config.deleteUnreferencedDisksOnDestroy;
        this._description = config.description;
        this._id = config.id;
        this._name = config.name;
        this._nodeName = config.nodeName;
        this._purgeOnDestroy = config.purgeOnDestroy;
        this._rng.internalValue = config.rng;
        this._stopOnDestroy = config.stopOnDestroy;
        this._tags = config.tags;
        this._template = config.template;
        this._timeouts.internalValue = config.timeouts;
        this._vga.internalValue = config.vga;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cdrom - computed: false, optional: true, required: false
    _cdrom = new VmCdromMap(this, "cdrom");
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
    // cpu - computed: false, optional: true, required: false
    _cpu = new VmCpuOutputReference(this, "cpu");
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
    _rng = new VmRngOutputReference(this, "rng");
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
    // template - computed: false, optional: true, required: false
    _template;
    get template() {
        return this.getBooleanAttribute('template');
    }
    set template(value) {
        this._template = value;
    }
    resetTemplate() {
        this._template = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get templateInput() {
        return this._template;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new VmTimeoutsOutputReference(this, "timeouts");
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
    _vga = new VmVgaOutputReference(this, "vga");
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
            cdrom: cdktf.hashMapper(vmCdromToTerraform)(this._cdrom.internalValue),
            cpu: vmCpuToTerraform(this._cpu.internalValue),
            delete_unreferenced_disks_on_destroy: cdktf.booleanToTerraform(this._deleteUnreferencedDisksOnDestroy),
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.numberToTerraform(this._id),
            name: cdktf.stringToTerraform(this._name),
            node_name: cdktf.stringToTerraform(this._nodeName),
            purge_on_destroy: cdktf.booleanToTerraform(this._purgeOnDestroy),
            rng: vmRngToTerraform(this._rng.internalValue),
            stop_on_destroy: cdktf.booleanToTerraform(this._stopOnDestroy),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template: cdktf.booleanToTerraform(this._template),
            timeouts: vmTimeoutsToTerraform(this._timeouts.internalValue),
            vga: vmVgaToTerraform(this._vga.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cdrom: {
                value: cdktf.hashMapperHcl(vmCdromToHclTerraform)(this._cdrom.internalValue),
                isBlock: true,
                type: "map",
                storageClassType: "VmCdromMap",
            },
            cpu: {
                value: vmCpuToHclTerraform(this._cpu.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmCpu",
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
            id: {
                value: cdktf.numberToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
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
            purge_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._purgeOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            rng: {
                value: vmRngToHclTerraform(this._rng.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmRng",
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
            template: {
                value: cdktf.booleanToHclTerraform(this._template),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            timeouts: {
                value: vmTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmTimeouts",
            },
            vga: {
                value: vmVgaToHclTerraform(this._vga.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmVga",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Vm = Vm;
