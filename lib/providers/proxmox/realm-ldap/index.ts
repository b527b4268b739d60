// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RealmLdapConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#base_dn RealmLdap#base_dn}
  */
  readonly baseDn: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#bind_dn RealmLdap#bind_dn}
  */
  readonly bindDn?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#bind_password RealmLdap#bind_password}
  */
  readonly bindPassword?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#ca_path RealmLdap#ca_path}
  */
  readonly caPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#case_sensitive RealmLdap#case_sensitive}
  */
  readonly caseSensitive?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#cert_key_path RealmLdap#cert_key_path}
  */
  readonly certKeyPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#cert_path RealmLdap#cert_path}
  */
  readonly certPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#comment RealmLdap#comment}
  */
  readonly comment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#default RealmLdap#default}
  */
  readonly default?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#filter RealmLdap#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_classes RealmLdap#group_classes}
  */
  readonly groupClasses?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_dn RealmLdap#group_dn}
  */
  readonly groupDn?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_filter RealmLdap#group_filter}
  */
  readonly groupFilter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_name_attr RealmLdap#group_name_attr}
  */
  readonly groupNameAttr?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#mode RealmLdap#mode}
  */
  readonly mode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#port RealmLdap#port}
  */
  readonly port?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#realm RealmLdap#realm}
  */
  readonly realm: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#secure RealmLdap#secure}
  */
  readonly secure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#server1 RealmLdap#server1}
  */
  readonly server1: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#server2 RealmLdap#server2}
  */
  readonly server2?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#ssl_version RealmLdap#ssl_version}
  */
  readonly sslVersion?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#sync_attributes RealmLdap#sync_attributes}
  */
  readonly syncAttributes?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#sync_defaults_options RealmLdap#sync_defaults_options}
  */
  readonly syncDefaultsOptions?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#user_attr RealmLdap#user_attr}
  */
  readonly userAttr?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#user_classes RealmLdap#user_classes}
  */
  readonly userClasses?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#verify RealmLdap#verify}
  */
  readonly verify?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap proxmox_realm_ldap}
*/
export class RealmLdap extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_realm_ldap";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RealmLdap resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RealmLdap to import
  * @param importFromId The id of the existing RealmLdap that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RealmLdap to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_realm_ldap", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap proxmox_realm_ldap} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RealmLdapConfig
  */
  public constructor(scope: Construct, id: string, config: RealmLdapConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_realm_ldap',
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
    this._baseDn = config.baseDn;
    this._bindDn = config.bindDn;
    this._bindPassword = config.bindPassword;
    this._caPath = config.caPath;
    this._caseSensitive = config.caseSensitive;
    this._certKeyPath = config.certKeyPath;
    this._certPath = config.certPath;
    this._comment = config.comment;
    this._default = config.default;
    this._filter = config.filter;
    this._groupClasses = config.groupClasses;
    this._groupDn = config.groupDn;
    this._groupFilter = config.groupFilter;
    this._groupNameAttr = config.groupNameAttr;
    this._mode = config.mode;
    this._port = config.port;
    this._realm = config.realm;
    this._secure = config.secure;
    this._server1 = config.server1;
    this._server2 = config.server2;
    this._sslVersion = config.sslVersion;
    this._syncAttributes = config.syncAttributes;
    this._syncDefaultsOptions = config.syncDefaultsOptions;
    this._userAttr = config.userAttr;
    this._userClasses = config.userClasses;
    this._verify = config.verify;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // base_dn - computed: false, optional: false, required: true
  private _baseDn?: string; 
  public get baseDn() {
    return this.getStringAttribute('base_dn');
  }
  public set baseDn(value: string) {
    this._baseDn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get baseDnInput() {
    return this._baseDn;
  }

  // bind_dn - computed: false, optional: true, required: false
  private _bindDn?: string; 
  public get bindDn() {
    return this.getStringAttribute('bind_dn');
  }
  public set bindDn(value: string) {
    this._bindDn = value;
  }
  public resetBindDn() {
    this._bindDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindDnInput() {
    return this._bindDn;
  }

  // bind_password - computed: false, optional: true, required: false
  private _bindPassword?: string; 
  public get bindPassword() {
    return this.getStringAttribute('bind_password');
  }
  public set bindPassword(value: string) {
    this._bindPassword = value;
  }
  public resetBindPassword() {
    this._bindPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindPasswordInput() {
    return this._bindPassword;
  }

  // ca_path - computed: false, optional: true, required: false
  private _caPath?: string; 
  public get caPath() {
    return this.getStringAttribute('ca_path');
  }
  public set caPath(value: string) {
    this._caPath = value;
  }
  public resetCaPath() {
    this._caPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caPathInput() {
    return this._caPath;
  }

  // case_sensitive - computed: true, optional: true, required: false
  private _caseSensitive?: boolean | cdktf.IResolvable; 
  public get caseSensitive() {
    return this.getBooleanAttribute('case_sensitive');
  }
  public set caseSensitive(value: boolean | cdktf.IResolvable) {
    this._caseSensitive = value;
  }
  public resetCaseSensitive() {
    this._caseSensitive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caseSensitiveInput() {
    return this._caseSensitive;
  }

  // cert_key_path - computed: false, optional: true, required: false
  private _certKeyPath?: string; 
  public get certKeyPath() {
    return this.getStringAttribute('cert_key_path');
  }
  public set certKeyPath(value: string) {
    this._certKeyPath = value;
  }
  public resetCertKeyPath() {
    this._certKeyPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certKeyPathInput() {
    return this._certKeyPath;
  }

  // cert_path - computed: false, optional: true, required: false
  private _certPath?: string; 
  public get certPath() {
    return this.getStringAttribute('cert_path');
  }
  public set certPath(value: string) {
    this._certPath = value;
  }
  public resetCertPath() {
    this._certPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certPathInput() {
    return this._certPath;
  }

  // comment - computed: false, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // default - computed: true, optional: true, required: false
  private _default?: boolean | cdktf.IResolvable; 
  public get default() {
    return this.getBooleanAttribute('default');
  }
  public set default(value: boolean | cdktf.IResolvable) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // group_classes - computed: false, optional: true, required: false
  private _groupClasses?: string; 
  public get groupClasses() {
    return this.getStringAttribute('group_classes');
  }
  public set groupClasses(value: string) {
    this._groupClasses = value;
  }
  public resetGroupClasses() {
    this._groupClasses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupClassesInput() {
    return this._groupClasses;
  }

  // group_dn - computed: false, optional: true, required: false
  private _groupDn?: string; 
  public get groupDn() {
    return this.getStringAttribute('group_dn');
  }
  public set groupDn(value: string) {
    this._groupDn = value;
  }
  public resetGroupDn() {
    this._groupDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupDnInput() {
    return this._groupDn;
  }

  // group_filter - computed: false, optional: true, required: false
  private _groupFilter?: string; 
  public get groupFilter() {
    return this.getStringAttribute('group_filter');
  }
  public set groupFilter(value: string) {
    this._groupFilter = value;
  }
  public resetGroupFilter() {
    this._groupFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupFilterInput() {
    return this._groupFilter;
  }

  // group_name_attr - computed: false, optional: true, required: false
  private _groupNameAttr?: string; 
  public get groupNameAttr() {
    return this.getStringAttribute('group_name_attr');
  }
  public set groupNameAttr(value: string) {
    this._groupNameAttr = value;
  }
  public resetGroupNameAttr() {
    this._groupNameAttr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupNameAttrInput() {
    return this._groupNameAttr;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mode - computed: false, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // realm - computed: false, optional: false, required: true
  private _realm?: string; 
  public get realm() {
    return this.getStringAttribute('realm');
  }
  public set realm(value: string) {
    this._realm = value;
  }
  // Temporarily expose input value. Use with caution.
  public get realmInput() {
    return this._realm;
  }

  // secure - computed: true, optional: true, required: false
  private _secure?: boolean | cdktf.IResolvable; 
  public get secure() {
    return this.getBooleanAttribute('secure');
  }
  public set secure(value: boolean | cdktf.IResolvable) {
    this._secure = value;
  }
  public resetSecure() {
    this._secure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secureInput() {
    return this._secure;
  }

  // server1 - computed: false, optional: false, required: true
  private _server1?: string; 
  public get server1() {
    return this.getStringAttribute('server1');
  }
  public set server1(value: string) {
    this._server1 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get server1Input() {
    return this._server1;
  }

  // server2 - computed: false, optional: true, required: false
  private _server2?: string; 
  public get server2() {
    return this.getStringAttribute('server2');
  }
  public set server2(value: string) {
    this._server2 = value;
  }
  public resetServer2() {
    this._server2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get server2Input() {
    return this._server2;
  }

  // ssl_version - computed: false, optional: true, required: false
  private _sslVersion?: string; 
  public get sslVersion() {
    return this.getStringAttribute('ssl_version');
  }
  public set sslVersion(value: string) {
    this._sslVersion = value;
  }
  public resetSslVersion() {
    this._sslVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslVersionInput() {
    return this._sslVersion;
  }

  // sync_attributes - computed: false, optional: true, required: false
  private _syncAttributes?: string; 
  public get syncAttributes() {
    return this.getStringAttribute('sync_attributes');
  }
  public set syncAttributes(value: string) {
    this._syncAttributes = value;
  }
  public resetSyncAttributes() {
    this._syncAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncAttributesInput() {
    return this._syncAttributes;
  }

  // sync_defaults_options - computed: false, optional: true, required: false
  private _syncDefaultsOptions?: string; 
  public get syncDefaultsOptions() {
    return this.getStringAttribute('sync_defaults_options');
  }
  public set syncDefaultsOptions(value: string) {
    this._syncDefaultsOptions = value;
  }
  public resetSyncDefaultsOptions() {
    this._syncDefaultsOptions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncDefaultsOptionsInput() {
    return this._syncDefaultsOptions;
  }

  // user_attr - computed: true, optional: true, required: false
  private _userAttr?: string; 
  public get userAttr() {
    return this.getStringAttribute('user_attr');
  }
  public set userAttr(value: string) {
    this._userAttr = value;
  }
  public resetUserAttr() {
    this._userAttr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userAttrInput() {
    return this._userAttr;
  }

  // user_classes - computed: false, optional: true, required: false
  private _userClasses?: string; 
  public get userClasses() {
    return this.getStringAttribute('user_classes');
  }
  public set userClasses(value: string) {
    this._userClasses = value;
  }
  public resetUserClasses() {
    this._userClasses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userClassesInput() {
    return this._userClasses;
  }

  // verify - computed: true, optional: true, required: false
  private _verify?: boolean | cdktf.IResolvable; 
  public get verify() {
    return this.getBooleanAttribute('verify');
  }
  public set verify(value: boolean | cdktf.IResolvable) {
    this._verify = value;
  }
  public resetVerify() {
    this._verify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verifyInput() {
    return this._verify;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      base_dn: cdktf.stringToTerraform(this._baseDn),
      bind_dn: cdktf.stringToTerraform(this._bindDn),
      bind_password: cdktf.stringToTerraform(this._bindPassword),
      ca_path: cdktf.stringToTerraform(this._caPath),
      case_sensitive: cdktf.booleanToTerraform(this._caseSensitive),
      cert_key_path: cdktf.stringToTerraform(this._certKeyPath),
      cert_path: cdktf.stringToTerraform(this._certPath),
      comment: cdktf.stringToTerraform(this._comment),
      default: cdktf.booleanToTerraform(this._default),
      filter: cdktf.stringToTerraform(this._filter),
      group_classes: cdktf.stringToTerraform(this._groupClasses),
      group_dn: cdktf.stringToTerraform(this._groupDn),
      group_filter: cdktf.stringToTerraform(this._groupFilter),
      group_name_attr: cdktf.stringToTerraform(this._groupNameAttr),
      mode: cdktf.stringToTerraform(this._mode),
      port: cdktf.numberToTerraform(this._port),
      realm: cdktf.stringToTerraform(this._realm),
      secure: cdktf.booleanToTerraform(this._secure),
      server1: cdktf.stringToTerraform(this._server1),
      server2: cdktf.stringToTerraform(this._server2),
      ssl_version: cdktf.stringToTerraform(this._sslVersion),
      sync_attributes: cdktf.stringToTerraform(this._syncAttributes),
      sync_defaults_options: cdktf.stringToTerraform(this._syncDefaultsOptions),
      user_attr: cdktf.stringToTerraform(this._userAttr),
      user_classes: cdktf.stringToTerraform(this._userClasses),
      verify: cdktf.booleanToTerraform(this._verify),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      base_dn: {
        value: cdktf.stringToHclTerraform(this._baseDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bind_dn: {
        value: cdktf.stringToHclTerraform(this._bindDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bind_password: {
        value: cdktf.stringToHclTerraform(this._bindPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_path: {
        value: cdktf.stringToHclTerraform(this._caPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      case_sensitive: {
        value: cdktf.booleanToHclTerraform(this._caseSensitive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cert_key_path: {
        value: cdktf.stringToHclTerraform(this._certKeyPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_path: {
        value: cdktf.stringToHclTerraform(this._certPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default: {
        value: cdktf.booleanToHclTerraform(this._default),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      filter: {
        value: cdktf.stringToHclTerraform(this._filter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_classes: {
        value: cdktf.stringToHclTerraform(this._groupClasses),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_dn: {
        value: cdktf.stringToHclTerraform(this._groupDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_filter: {
        value: cdktf.stringToHclTerraform(this._groupFilter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_name_attr: {
        value: cdktf.stringToHclTerraform(this._groupNameAttr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      realm: {
        value: cdktf.stringToHclTerraform(this._realm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secure: {
        value: cdktf.booleanToHclTerraform(this._secure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      server1: {
        value: cdktf.stringToHclTerraform(this._server1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server2: {
        value: cdktf.stringToHclTerraform(this._server2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssl_version: {
        value: cdktf.stringToHclTerraform(this._sslVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync_attributes: {
        value: cdktf.stringToHclTerraform(this._syncAttributes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync_defaults_options: {
        value: cdktf.stringToHclTerraform(this._syncDefaultsOptions),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_attr: {
        value: cdktf.stringToHclTerraform(this._userAttr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_classes: {
        value: cdktf.stringToHclTerraform(this._userClasses),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      verify: {
        value: cdktf.booleanToHclTerraform(this._verify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
