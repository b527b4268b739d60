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
exports.complianceResourcesOf = exports.ruleUnknown = exports.rulePass = exports.ruleFailIfAny = void 0;
var types_1 = require("./types");
Object.defineProperty(exports, "ruleFailIfAny", { enumerable: true, get: function () { return types_1.failIfAny; } });
Object.defineProperty(exports, "rulePass", { enumerable: true, get: function () { return types_1.pass; } });
Object.defineProperty(exports, "ruleUnknown", { enumerable: true, get: function () { return types_1.unknown; } });
__exportStar(require("./pack"), exports);
__exportStar(require("./check"), exports);
__exportStar(require("./apply"), exports);
__exportStar(require("./suppressions"), exports);
__exportStar(require("./ownership"), exports);
__exportStar(require("./isolation"), exports);
__exportStar(require("./report"), exports);
__exportStar(require("./rule-table"), exports);
var stack_json_1 = require("./stack-json");
Object.defineProperty(exports, "complianceResourcesOf", { enumerable: true, get: function () { return stack_json_1.resourcesOf; } });
