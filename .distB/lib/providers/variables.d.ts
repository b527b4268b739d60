import { TerraformVariable, TerraformVariableConfig } from 'cdktf';
import { Construct } from 'constructs';
/**
 * A stack-level Terraform variable that defaults to null, so that a provider falls back to its own
 * environment variable when the variable is not set. (cdktf 0.21 cannot render `default: null`
 * from the variable config, so it is set as an override.)
 */
export declare function nullableVariable(scope: Construct, name: string, config: Omit<TerraformVariableConfig, 'default' | 'nullable'>): TerraformVariable;
