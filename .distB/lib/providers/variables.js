"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nullableVariable = nullableVariable;
const cdktf_1 = require("cdktf");
/**
 * A stack-level Terraform variable that defaults to null, so that a provider falls back to its own
 * environment variable when the variable is not set. (cdktf 0.21 cannot render `default: null`
 * from the variable config, so it is set as an override.)
 */
function nullableVariable(scope, name, config) {
    const variable = new cdktf_1.TerraformVariable(cdktf_1.TerraformStack.of(scope), name, { ...config, nullable: true });
    variable.addOverride('default', null);
    return variable;
}
