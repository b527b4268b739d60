"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BACKEND_CREDENTIAL_ENV = void 0;
exports.stateBackendProblems = stateBackendProblems;
exports.configureStateBackend = configureStateBackend;
const cdktf_1 = require("cdktf");
const errors_1 = require("../core/errors");
/** The environment variables each backend takes its credentials from (documented, checked by `kommunal`). */
exports.BACKEND_CREDENTIAL_ENV = {
    local: [],
    pg: ['PG_CONN_STR'],
    s3: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
    http: ['TF_HTTP_USERNAME', 'TF_HTTP_PASSWORD'],
};
/** Settings each backend needs (non-secret) and which it accepts. */
const SETTINGS = {
    local: { required: [], optional: ['directory'] },
    pg: { required: [], optional: ['schemaPrefix'] },
    s3: { required: ['bucket', 'endpoint'], optional: ['region', 'keyPrefix'] },
    http: { required: ['address'], optional: [] },
};
/** Validates backend settings; returns problems as `state.settings.<name>: ...`. */
function stateBackendProblems(config) {
    const p = new errors_1.ProblemCollector();
    const spec = SETTINGS[config.backend];
    if (!spec) {
        p.add('state.backend', `${(0, errors_1.show)(config.backend)} is not one of ${Object.keys(SETTINGS).join(', ')}`);
        return p;
    }
    const settings = config.settings ?? {};
    for (const name of spec.required) {
        p.check(typeof settings[name] === 'string' && settings[name].length > 0, `state.settings.${name}`, `is required for the ${config.backend} backend`);
    }
    for (const name of Object.keys(settings)) {
        p.check([...spec.required, ...spec.optional].includes(name), `state.settings.${name}`, `is not a setting of the ${config.backend} backend (allowed: ${[...spec.required, ...spec.optional].join(', ') || 'none'})`);
        p.check(!/password|secret|token|conn_?str/i.test(name), `state.settings.${name}`, 'credentials never go into the fleet file; set them in the environment');
    }
    if (config.backend === 'http' && settings.address) {
        p.check(/^https:\/\//.test(settings.address), 'state.settings.address', `${(0, errors_1.show)(settings.address)} must be an https URL (GitLab: https://gitlab.example/api/v4/projects/<id>/terraform/state)`);
    }
    if (config.backend === 's3' && settings.endpoint) {
        p.check(/^https:\/\//.test(settings.endpoint), 'state.settings.endpoint', `${(0, errors_1.show)(settings.endpoint)} must be an https URL`);
    }
    return p;
}
/**
 * Configures the stack's backend so that `stateName` (tenant key or `platform`) has its own state
 * and lock: a local file, a PostgreSQL schema, an S3 object key with a lock file, or a GitLab-managed
 * state with its lock endpoint.
 */
function configureStateBackend(stack, config, stateName) {
    stateBackendProblems(config).throwIfAny('StateBackend', stack.node.path);
    const s = config.settings ?? {};
    switch (config.backend) {
        case 'local':
            new cdktf_1.LocalBackend(stack, { path: `${s.directory ?? 'state'}/${stateName}.tfstate` });
            return;
        case 'pg':
            // conn_str is left out on purpose: the pg backend then reads PG_CONN_STR from the environment.
            new cdktf_1.PgBackend(stack, { connStr: undefined, schemaName: `${s.schemaPrefix ?? 'kommunal'}_${stateName.replace(/-/g, '_')}` });
            return;
        case 's3': {
            new cdktf_1.S3Backend(stack, {
                bucket: s.bucket,
                key: `${s.keyPrefix ?? 'kommunal'}/${stateName}/terraform.tfstate`,
                region: s.region ?? 'us-east-1',
                endpoints: { s3: s.endpoint },
                usePathStyle: true,
                skipCredentialsValidation: true,
                skipRegionValidation: true,
                skipRequestingAccountId: true,
                skipMetadataApiCheck: true,
                encrypt: true,
            });
            // Locking with a lock object next to the state (Terraform >= 1.10, OpenTofu >= 1.8 ignores it
            // and needs DynamoDB-compatible locking or the http backend).
            stack.addOverride('terraform.backend.s3.use_lockfile', true);
            return;
        }
        case 'http': {
            const address = `${s.address.replace(/\/$/, '')}/${stateName}`;
            new cdktf_1.HttpBackend(stack, {
                address,
                lockAddress: `${address}/lock`,
                unlockAddress: `${address}/lock`,
                lockMethod: 'POST',
                unlockMethod: 'DELETE',
                retryWaitMin: 5,
            });
            return;
        }
    }
}
