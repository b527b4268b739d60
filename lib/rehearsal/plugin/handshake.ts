/**
 * The go-plugin handshake of a provider plugin, as pure functions of the environment: the magic
 * cookie check, protocol negotiation, where the unix socket goes, whether to serve TLS, and the
 * one line the plugin prints on stdout. Facts from hashicorp/go-plugin v1.6.0 (pinned by
 * terraform v1.11.4's go.mod) and hashicorp/terraform v1.11.4.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Terraform's handshake for providers: terraform v1.11.4 internal/plugin6/serve.go:31-34 (and
 * internal/plugin/serve.go:34-37). go-plugin server.go:247-267 refuses to serve without it.
 */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** go-plugin's core protocol version, the first field of the handshake line (server.go:28-33). */
export const CORE_PROTOCOL_VERSION = 1;
/** The only application protocol this server speaks: tfplugin6. */
export const PROTOCOL_VERSION = 6;

/** A handshake that cannot go on; `message` is meant for stderr, the process then exits 1. */
export class HandshakeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandshakeError';
  }
}

/**
 * Checks the magic cookie. go-plugin server.go:258-267 prints that the binary is a plugin and is
 * not meant to be run directly, and exits 1; we say the same in our words.
 */
export function checkMagicCookie(env: NodeJS.ProcessEnv): void {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      'This program is a Terraform provider plugin (a kommunal-cdk shadow provider) and is not meant to be run directly.\n' +
        `Terraform starts it itself and passes ${MAGIC_COOKIE_KEY}; run terraform instead.`,
    );
  }
}

/**
 * Picks protocol 6 from `PLUGIN_PROTOCOL_VERSIONS` (a comma-separated list; terraform v1.11.4
 * offers "5,6": internal/plugin/plugin.go:14 VersionedPlugins, go-plugin client.go:630-643).
 * go-plugin server.go:148-225 skips entries that are not numbers (with a note on stderr), and,
 * absent the variable, serves its lowest version; when no offered version matches it still
 * answers with its own and lets the client report the mismatch. We refuse earlier and more
 * clearly: a list without 6 is a HandshakeError. Returns the notes to log.
 */
export function negotiateProtocol(env: NodeJS.ProcessEnv): { readonly version: number; readonly notes: readonly string[] } {
  const raw = env.PLUGIN_PROTOCOL_VERSIONS;
  const notes: string[] = [];
  if (raw === undefined || raw === '') {
    notes.push(`PLUGIN_PROTOCOL_VERSIONS is not set; serving protocol ${PROTOCOL_VERSION}`);
    return { version: PROTOCOL_VERSION, notes };
  }
  const offered: number[] = [];
  for (const part of raw.split(',')) {
    const s = part.trim();
    if (/^\d+$/.test(s)) offered.push(Number(s));
    else notes.push(`ignoring invalid plugin protocol version ${JSON.stringify(part)}`);
  }
  if (!offered.includes(PROTOCOL_VERSION)) {
    throw new HandshakeError(
      `This provider plugin speaks only plugin protocol ${PROTOCOL_VERSION} (tfplugin6), but the client offered ` +
        `${offered.length > 0 ? offered.join(', ') : 'none'} (PLUGIN_PROTOCOL_VERSIONS=${JSON.stringify(raw)}). ` +
        'Use terraform 1.0 or later.',
    );
  }
  return { version: PROTOCOL_VERSION, notes };
}

/**
 * A fresh unix socket path. go-plugin server.go:578-597 creates a temp file named `plugin*` in
 * `PLUGIN_UNIX_SOCKET_DIR` (server.go:138-143, EnvUnixSocketDir) or the system temp dir, removes
 * it and listens on its name. We do the same with a private directory of our own, so the name
 * cannot be taken between removal and listen.
 */
export function makeSocketPath(env: NodeJS.ProcessEnv): { readonly socketPath: string; readonly dir: string } {
  const base = env.PLUGIN_UNIX_SOCKET_DIR && env.PLUGIN_UNIX_SOCKET_DIR !== '' ? env.PLUGIN_UNIX_SOCKET_DIR : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'plugin'));
  return { socketPath: path.join(dir, 'plugin.sock'), dir };
}

/**
 * Whether to serve mTLS, and with which client certificate. go-plugin server.go:305-340: when the
 * client sets `PLUGIN_CLIENT_CERT` (PEM, AutoMTLS) the server answers with its own certificate and
 * requires the client's. Terraform v1.11.4 internal/command/meta_providers.go:28-33 turns AutoMTLS
 * off when `TF_DISABLE_PLUGIN_TLS` is set to anything non-empty (then it sends no client
 * certificate); we honour that variable on the server side too.
 */
export function tlsMode(env: NodeJS.ProcessEnv): { readonly tls: false } | { readonly tls: true; readonly clientCertPem: string } {
  if (env.TF_DISABLE_PLUGIN_TLS !== undefined && env.TF_DISABLE_PLUGIN_TLS !== '') return { tls: false };
  const pem = env.PLUGIN_CLIENT_CERT;
  if (pem === undefined || pem.trim() === '') return { tls: false };
  return { tls: true, clientCertPem: pem };
}

/**
 * The handshake line (without newline): `CORE|APP|network|address|protocol|cert`
 * (go-plugin server.go:424-446), the certificate as base64 of its DER without padding
 * (`base64.RawStdEncoding`, server.go:339), empty without TLS.
 */
export function handshakeLine(socketPath: string, certDer: Buffer | undefined): string {
  const cert = certDer ? certDer.toString('base64').replace(/=+$/, '') : '';
  return `${CORE_PROTOCOL_VERSION}|${PROTOCOL_VERSION}|unix|${socketPath}|grpc|${cert}`;
}
