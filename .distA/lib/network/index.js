"use strict";
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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.VNET_ALIAS_RULE = exports.NODE_NAME_RULE = exports.MTU_BOUNDS = exports.MAP_KEY_RULE = exports.IP_SET_RULE = exports.FIREWALL_LOG_LEVELS = exports.BRIDGE_RULE = void 0;
/** Public API of the network constructs (re-exports only). */
__exportStar(require("./network-segments"), exports);
__exportStar(require("./tenant-firewall"), exports);
__exportStar(require("./tenant-scope-guard"), exports);
var checks_1 = require("./checks");
Object.defineProperty(exports, "BRIDGE_RULE", { enumerable: true, get: function () { return checks_1.BRIDGE_RULE; } });
Object.defineProperty(exports, "FIREWALL_LOG_LEVELS", { enumerable: true, get: function () { return checks_1.FIREWALL_LOG_LEVELS; } });
Object.defineProperty(exports, "IP_SET_RULE", { enumerable: true, get: function () { return checks_1.IP_SET_RULE; } });
Object.defineProperty(exports, "MAP_KEY_RULE", { enumerable: true, get: function () { return checks_1.MAP_KEY_RULE; } });
Object.defineProperty(exports, "MTU_BOUNDS", { enumerable: true, get: function () { return checks_1.MTU_BOUNDS; } });
Object.defineProperty(exports, "NODE_NAME_RULE", { enumerable: true, get: function () { return checks_1.NODE_NAME_RULE; } });
Object.defineProperty(exports, "VNET_ALIAS_RULE", { enumerable: true, get: function () { return checks_1.VNET_ALIAS_RULE; } });
