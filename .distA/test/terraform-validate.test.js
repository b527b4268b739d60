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
/**
 * `terraform validate` (or `tofu validate`) on every synthesized example stack: the check the offline
 * conformance test stands in for. It needs a terraform/tofu binary AND the providers (network access
 * to the registry or a filled plugin cache), so it runs only when asked:
 *
 *   KOMMUNAL_TF_VALIDATE=terraform npx jest test/terraform-validate      (or =tofu)
 *
 * This machine has a terraform binary but no registry access, so the suite skips it by default.
 */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const fleet_1 = require("./helpers/fleet");
const tool = process.env.KOMMUNAL_TF_VALIDATE;
const describeIfTool = tool === 'terraform' || tool === 'tofu' ? describe : describe.skip;
if (tool === undefined) {
    // eslint-disable-next-line no-console
    console.warn('Skipping terraform validate of the examples: set KOMMUNAL_TF_VALIDATE=terraform (or tofu) where the providers can be installed.');
}
describeIfTool(`${tool} validate on the examples`, () => {
    it.each(['musterstadt', 'verbandsgemeinde', 'landkreis-fleet'])('%s: every stack validates', (example) => {
        const synth = (0, fleet_1.synthModel)((0, fleet_1.exampleModel)(example));
        try {
            for (const name of Object.keys(synth.stacks)) {
                const dir = path.join(synth.outdir, 'stacks', name);
                expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
                const init = (0, child_process_1.spawnSync)(tool, ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8' });
                expect({ name, step: 'init', status: init.status, err: init.status === 0 ? '' : init.stderr }).toEqual({ name, step: 'init', status: 0, err: '' });
                const validate = (0, child_process_1.spawnSync)(tool, ['validate', '-no-color'], { cwd: dir, encoding: 'utf8' });
                expect({ name, step: 'validate', status: validate.status, out: validate.status === 0 ? '' : validate.stdout + validate.stderr }).toEqual({ name, step: 'validate', status: 0, out: '' });
            }
        }
        finally {
            (0, fleet_1.removeDir)(synth.outdir);
        }
    }, 600000);
});
