"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SIZE = exports.SEGMENT_PREFIX_BOUNDS = exports.TENANT_BLOCK_PREFIX = exports.SEGMENT_NAMES = exports.SEGMENT_CATALOGUE = void 0;
exports.SEGMENT_CATALOGUE = {
    management: {
        name: 'management', code: 'mg', customerTag: 10, vniSlot: 0, trust: 'high', mandatory: true,
        role: 'Administration: admin workstations, hypervisor-facing services, log collector',
        prefixLength: { s: 26, m: 26, l: 25 }, dhcp: false, neverToManagement: false,
    },
    servers: {
        name: 'servers', code: 'sv', customerTag: 20, vniSlot: 1, trust: 'medium', mandatory: true,
        role: 'Specialist procedures (Fachverfahren), file and directory servers',
        prefixLength: { s: 25, m: 24, l: 23 }, dhcp: false, neverToManagement: false,
    },
    clients: {
        name: 'clients', code: 'cl', customerTag: 30, vniSlot: 2, trust: 'low', mandatory: true,
        role: 'Office workstations of the administration',
        prefixLength: { s: 24, m: 23, l: 22 }, dhcp: true, neverToManagement: false,
    },
    dmz: {
        name: 'dmz', code: 'dz', customerTag: 40, vniSlot: 3, trust: 'untrusted', mandatory: false,
        role: 'Published services (citizen portal, reverse proxy)',
        prefixLength: { s: 27, m: 27, l: 26 }, dhcp: false, neverToManagement: true,
    },
    schools: {
        name: 'schools', code: 'sc', customerTag: 50, vniSlot: 4, trust: 'untrusted', mandatory: false,
        role: 'School networks run by the Kommune as Schultraeger',
        prefixLength: { s: 24, m: 23, l: 22 }, dhcp: true, neverToManagement: true,
    },
    iot: {
        name: 'iot', code: 'io', customerTag: 60, vniSlot: 5, trust: 'untrusted', mandatory: false,
        role: 'Building technology and IoT (heating, access control, meters)',
        prefixLength: { s: 26, m: 25, l: 24 }, dhcp: true, neverToManagement: true,
    },
};
/** Segment names in catalogue order (allocation order inside a tenant block). */
exports.SEGMENT_NAMES = ['management', 'servers', 'clients', 'dmz', 'schools', 'iot'];
/** Prefix length of a tenant's address block per size profile. */
exports.TENANT_BLOCK_PREFIX = { s: 22, m: 21, l: 20 };
/** Smallest and largest prefix length a Kommune may choose for a segment. */
exports.SEGMENT_PREFIX_BOUNDS = { min: 20, max: 28 };
exports.DEFAULT_SIZE = 's';
