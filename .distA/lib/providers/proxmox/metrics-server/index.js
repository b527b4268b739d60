"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/metrics_server
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
exports.MetricsServer = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/metrics_server proxmox_metrics_server}
*/
class MetricsServer extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_metrics_server";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a MetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the MetricsServer to import
    * @param importFromId The id of the existing MetricsServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the MetricsServer to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_metrics_server", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/metrics_server proxmox_metrics_server} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options MetricsServerConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_metrics_server',
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
        this._disable = config.disable;
        this._graphitePath = config.graphitePath;
        this._graphiteProto = config.graphiteProto;
        this._influxApiPathPrefix = config.influxApiPathPrefix;
        this._influxBucket = config.influxBucket;
        this._influxDbProto = config.influxDbProto;
        this._influxMaxBodySize = config.influxMaxBodySize;
        this._influxOrganization = config.influxOrganization;
        this._influxToken = config.influxToken;
        this._influxTokenWo = config.influxTokenWo;
        this._influxTokenWoVersion = config.influxTokenWoVersion;
        this._influxVerify = config.influxVerify;
        this._mtu = config.mtu;
        this._name = config.name;
        this._opentelemetryCompression = config.opentelemetryCompression;
        this._opentelemetryHeaders = config.opentelemetryHeaders;
        this._opentelemetryMaxBodySize = config.opentelemetryMaxBodySize;
        this._opentelemetryPath = config.opentelemetryPath;
        this._opentelemetryProto = config.opentelemetryProto;
        this._opentelemetryResourceAttributes = config.opentelemetryResourceAttributes;
        this._opentelemetryTimeout = config.opentelemetryTimeout;
        this._opentelemetryVerifySsl = config.opentelemetryVerifySsl;
        this._port = config.port;
        this._server = config.server;
        this._timeout = config.timeout;
        this._type = config.type;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // disable - computed: true, optional: true, required: false
    _disable;
    get disable() {
        return this.getBooleanAttribute('disable');
    }
    set disable(value) {
        this._disable = value;
    }
    resetDisable() {
        this._disable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableInput() {
        return this._disable;
    }
    // graphite_path - computed: false, optional: true, required: false
    _graphitePath;
    get graphitePath() {
        return this.getStringAttribute('graphite_path');
    }
    set graphitePath(value) {
        this._graphitePath = value;
    }
    resetGraphitePath() {
        this._graphitePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get graphitePathInput() {
        return this._graphitePath;
    }
    // graphite_proto - computed: false, optional: true, required: false
    _graphiteProto;
    get graphiteProto() {
        return this.getStringAttribute('graphite_proto');
    }
    set graphiteProto(value) {
        this._graphiteProto = value;
    }
    resetGraphiteProto() {
        this._graphiteProto = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get graphiteProtoInput() {
        return this._graphiteProto;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // influx_api_path_prefix - computed: false, optional: true, required: false
    _influxApiPathPrefix;
    get influxApiPathPrefix() {
        return this.getStringAttribute('influx_api_path_prefix');
    }
    set influxApiPathPrefix(value) {
        this._influxApiPathPrefix = value;
    }
    resetInfluxApiPathPrefix() {
        this._influxApiPathPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxApiPathPrefixInput() {
        return this._influxApiPathPrefix;
    }
    // influx_bucket - computed: false, optional: true, required: false
    _influxBucket;
    get influxBucket() {
        return this.getStringAttribute('influx_bucket');
    }
    set influxBucket(value) {
        this._influxBucket = value;
    }
    resetInfluxBucket() {
        this._influxBucket = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxBucketInput() {
        return this._influxBucket;
    }
    // influx_db_proto - computed: false, optional: true, required: false
    _influxDbProto;
    get influxDbProto() {
        return this.getStringAttribute('influx_db_proto');
    }
    set influxDbProto(value) {
        this._influxDbProto = value;
    }
    resetInfluxDbProto() {
        this._influxDbProto = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxDbProtoInput() {
        return this._influxDbProto;
    }
    // influx_max_body_size - computed: false, optional: true, required: false
    _influxMaxBodySize;
    get influxMaxBodySize() {
        return this.getNumberAttribute('influx_max_body_size');
    }
    set influxMaxBodySize(value) {
        this._influxMaxBodySize = value;
    }
    resetInfluxMaxBodySize() {
        this._influxMaxBodySize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxMaxBodySizeInput() {
        return this._influxMaxBodySize;
    }
    // influx_organization - computed: false, optional: true, required: false
    _influxOrganization;
    get influxOrganization() {
        return this.getStringAttribute('influx_organization');
    }
    set influxOrganization(value) {
        this._influxOrganization = value;
    }
    resetInfluxOrganization() {
        this._influxOrganization = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxOrganizationInput() {
        return this._influxOrganization;
    }
    // influx_token - computed: false, optional: true, required: false
    _influxToken;
    get influxToken() {
        return this.getStringAttribute('influx_token');
    }
    set influxToken(value) {
        this._influxToken = value;
    }
    resetInfluxToken() {
        this._influxToken = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxTokenInput() {
        return this._influxToken;
    }
    // influx_token_wo - computed: false, optional: true, required: false
    _influxTokenWo;
    get influxTokenWo() {
        return this.getStringAttribute('influx_token_wo');
    }
    set influxTokenWo(value) {
        this._influxTokenWo = value;
    }
    resetInfluxTokenWo() {
        this._influxTokenWo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxTokenWoInput() {
        return this._influxTokenWo;
    }
    // influx_token_wo_version - computed: false, optional: true, required: false
    _influxTokenWoVersion;
    get influxTokenWoVersion() {
        return this.getNumberAttribute('influx_token_wo_version');
    }
    set influxTokenWoVersion(value) {
        this._influxTokenWoVersion = value;
    }
    resetInfluxTokenWoVersion() {
        this._influxTokenWoVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxTokenWoVersionInput() {
        return this._influxTokenWoVersion;
    }
    // influx_verify - computed: false, optional: true, required: false
    _influxVerify;
    get influxVerify() {
        return this.getBooleanAttribute('influx_verify');
    }
    set influxVerify(value) {
        this._influxVerify = value;
    }
    resetInfluxVerify() {
        this._influxVerify = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get influxVerifyInput() {
        return this._influxVerify;
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
    // opentelemetry_compression - computed: false, optional: true, required: false
    _opentelemetryCompression;
    get opentelemetryCompression() {
        return this.getStringAttribute('opentelemetry_compression');
    }
    set opentelemetryCompression(value) {
        this._opentelemetryCompression = value;
    }
    resetOpentelemetryCompression() {
        this._opentelemetryCompression = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryCompressionInput() {
        return this._opentelemetryCompression;
    }
    // opentelemetry_headers - computed: false, optional: true, required: false
    _opentelemetryHeaders;
    get opentelemetryHeaders() {
        return this.getStringAttribute('opentelemetry_headers');
    }
    set opentelemetryHeaders(value) {
        this._opentelemetryHeaders = value;
    }
    resetOpentelemetryHeaders() {
        this._opentelemetryHeaders = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryHeadersInput() {
        return this._opentelemetryHeaders;
    }
    // opentelemetry_max_body_size - computed: false, optional: true, required: false
    _opentelemetryMaxBodySize;
    get opentelemetryMaxBodySize() {
        return this.getNumberAttribute('opentelemetry_max_body_size');
    }
    set opentelemetryMaxBodySize(value) {
        this._opentelemetryMaxBodySize = value;
    }
    resetOpentelemetryMaxBodySize() {
        this._opentelemetryMaxBodySize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryMaxBodySizeInput() {
        return this._opentelemetryMaxBodySize;
    }
    // opentelemetry_path - computed: false, optional: true, required: false
    _opentelemetryPath;
    get opentelemetryPath() {
        return this.getStringAttribute('opentelemetry_path');
    }
    set opentelemetryPath(value) {
        this._opentelemetryPath = value;
    }
    resetOpentelemetryPath() {
        this._opentelemetryPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryPathInput() {
        return this._opentelemetryPath;
    }
    // opentelemetry_proto - computed: false, optional: true, required: false
    _opentelemetryProto;
    get opentelemetryProto() {
        return this.getStringAttribute('opentelemetry_proto');
    }
    set opentelemetryProto(value) {
        this._opentelemetryProto = value;
    }
    resetOpentelemetryProto() {
        this._opentelemetryProto = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryProtoInput() {
        return this._opentelemetryProto;
    }
    // opentelemetry_resource_attributes - computed: false, optional: true, required: false
    _opentelemetryResourceAttributes;
    get opentelemetryResourceAttributes() {
        return this.getStringAttribute('opentelemetry_resource_attributes');
    }
    set opentelemetryResourceAttributes(value) {
        this._opentelemetryResourceAttributes = value;
    }
    resetOpentelemetryResourceAttributes() {
        this._opentelemetryResourceAttributes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryResourceAttributesInput() {
        return this._opentelemetryResourceAttributes;
    }
    // opentelemetry_timeout - computed: false, optional: true, required: false
    _opentelemetryTimeout;
    get opentelemetryTimeout() {
        return this.getNumberAttribute('opentelemetry_timeout');
    }
    set opentelemetryTimeout(value) {
        this._opentelemetryTimeout = value;
    }
    resetOpentelemetryTimeout() {
        this._opentelemetryTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryTimeoutInput() {
        return this._opentelemetryTimeout;
    }
    // opentelemetry_verify_ssl - computed: false, optional: true, required: false
    _opentelemetryVerifySsl;
    get opentelemetryVerifySsl() {
        return this.getBooleanAttribute('opentelemetry_verify_ssl');
    }
    set opentelemetryVerifySsl(value) {
        this._opentelemetryVerifySsl = value;
    }
    resetOpentelemetryVerifySsl() {
        this._opentelemetryVerifySsl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get opentelemetryVerifySslInput() {
        return this._opentelemetryVerifySsl;
    }
    // port - computed: false, optional: false, required: true
    _port;
    get port() {
        return this.getNumberAttribute('port');
    }
    set port(value) {
        this._port = value;
    }
    // Temporarily expose input value. Use with caution.
    get portInput() {
        return this._port;
    }
    // server - computed: false, optional: false, required: true
    _server;
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
    }
    // timeout - computed: false, optional: true, required: false
    _timeout;
    get timeout() {
        return this.getNumberAttribute('timeout');
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            disable: cdktf.booleanToTerraform(this._disable),
            graphite_path: cdktf.stringToTerraform(this._graphitePath),
            graphite_proto: cdktf.stringToTerraform(this._graphiteProto),
            influx_api_path_prefix: cdktf.stringToTerraform(this._influxApiPathPrefix),
            influx_bucket: cdktf.stringToTerraform(this._influxBucket),
            influx_db_proto: cdktf.stringToTerraform(this._influxDbProto),
            influx_max_body_size: cdktf.numberToTerraform(this._influxMaxBodySize),
            influx_organization: cdktf.stringToTerraform(this._influxOrganization),
            influx_token: cdktf.stringToTerraform(this._influxToken),
            influx_token_wo: cdktf.stringToTerraform(this._influxTokenWo),
            influx_token_wo_version: cdktf.numberToTerraform(this._influxTokenWoVersion),
            influx_verify: cdktf.booleanToTerraform(this._influxVerify),
            mtu: cdktf.numberToTerraform(this._mtu),
            name: cdktf.stringToTerraform(this._name),
            opentelemetry_compression: cdktf.stringToTerraform(this._opentelemetryCompression),
            opentelemetry_headers: cdktf.stringToTerraform(this._opentelemetryHeaders),
            opentelemetry_max_body_size: cdktf.numberToTerraform(this._opentelemetryMaxBodySize),
            opentelemetry_path: cdktf.stringToTerraform(this._opentelemetryPath),
            opentelemetry_proto: cdktf.stringToTerraform(this._opentelemetryProto),
            opentelemetry_resource_attributes: cdktf.stringToTerraform(this._opentelemetryResourceAttributes),
            opentelemetry_timeout: cdktf.numberToTerraform(this._opentelemetryTimeout),
            opentelemetry_verify_ssl: cdktf.booleanToTerraform(this._opentelemetryVerifySsl),
            port: cdktf.numberToTerraform(this._port),
            server: cdktf.stringToTerraform(this._server),
            timeout: cdktf.numberToTerraform(this._timeout),
            type: cdktf.stringToTerraform(this._type),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            disable: {
                value: cdktf.booleanToHclTerraform(this._disable),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            graphite_path: {
                value: cdktf.stringToHclTerraform(this._graphitePath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            graphite_proto: {
                value: cdktf.stringToHclTerraform(this._graphiteProto),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_api_path_prefix: {
                value: cdktf.stringToHclTerraform(this._influxApiPathPrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_bucket: {
                value: cdktf.stringToHclTerraform(this._influxBucket),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_db_proto: {
                value: cdktf.stringToHclTerraform(this._influxDbProto),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_max_body_size: {
                value: cdktf.numberToHclTerraform(this._influxMaxBodySize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            influx_organization: {
                value: cdktf.stringToHclTerraform(this._influxOrganization),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_token: {
                value: cdktf.stringToHclTerraform(this._influxToken),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_token_wo: {
                value: cdktf.stringToHclTerraform(this._influxTokenWo),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            influx_token_wo_version: {
                value: cdktf.numberToHclTerraform(this._influxTokenWoVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            influx_verify: {
                value: cdktf.booleanToHclTerraform(this._influxVerify),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            mtu: {
                value: cdktf.numberToHclTerraform(this._mtu),
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
            opentelemetry_compression: {
                value: cdktf.stringToHclTerraform(this._opentelemetryCompression),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            opentelemetry_headers: {
                value: cdktf.stringToHclTerraform(this._opentelemetryHeaders),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            opentelemetry_max_body_size: {
                value: cdktf.numberToHclTerraform(this._opentelemetryMaxBodySize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            opentelemetry_path: {
                value: cdktf.stringToHclTerraform(this._opentelemetryPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            opentelemetry_proto: {
                value: cdktf.stringToHclTerraform(this._opentelemetryProto),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            opentelemetry_resource_attributes: {
                value: cdktf.stringToHclTerraform(this._opentelemetryResourceAttributes),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            opentelemetry_timeout: {
                value: cdktf.numberToHclTerraform(this._opentelemetryTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            opentelemetry_verify_ssl: {
                value: cdktf.booleanToHclTerraform(this._opentelemetryVerifySsl),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            port: {
                value: cdktf.numberToHclTerraform(this._port),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            server: {
                value: cdktf.stringToHclTerraform(this._server),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeout: {
                value: cdktf.numberToHclTerraform(this._timeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.MetricsServer = MetricsServer;
