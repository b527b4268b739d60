"use strict";
/**
 * Shared vocabulary of the L2 constructs (STYLE 4): declared once, reused by every construct.
 * These are plain values taken from a resolved TenantSpec; constructs never derive names themselves.
 */
Object.defineProperty(exports, "__esModule", { value: true });
