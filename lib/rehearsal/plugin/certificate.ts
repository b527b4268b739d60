/**
 * The plugin's self-signed TLS server certificate for go-plugin's AutoMTLS, generated once per
 * user and cached (key and certificate, mode 0600) because generating costs about 300 ms on this
 * project's machines (spawn to handshake line, five runs each on the shared 2-core machine:
 * medians 627–665 ms with a new certificate, 296–355 ms with the cached one, 278–339 ms without
 * TLS) and terraform starts a provider several times per command.
 *
 * What the certificate must look like follows go-plugin v1.6.0 (the version terraform v1.11.4
 * pins), mtls.go:20-70 `generateCert`: subject CN `localhost`, DNS SAN `localhost`, CA:true,
 * key usages digitalSignature/keyEncipherment/keyAgreement/certSign, extended key usages
 * serverAuth and clientAuth; the client trusts exactly the certificate the handshake line carries
 * (client.go:939-960 `loadServerCert`) and verifies the server name `localhost` (client.go:687-692).
 * go-plugin uses ECDSA P-521; we use RSA-2048 because node-forge signs only RSA, and terraform's Go
 * TLS stack accepts both.
 *
 * Key generation needs randomness and the validity window needs the clock: this is process
 * infrastructure at run time, not library logic, and nothing of it reaches a synthesized stack.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type * as Forge from 'node-forge';

/** A PEM key pair and the DER of the certificate (what the handshake line carries). */
export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
  readonly certDer: Buffer;
}

/** How the certificate was obtained (for logs and measurements). */
export type CertificateSource = 'cache' | 'generated';

const CACHE_FILE = 'shadow-plugin-tls.json';
/** A cached certificate is used only while it stays valid for at least this long. */
const MIN_REMAINING_MS = 24 * 3600 * 1000;
/** Validity of a new certificate: ten years (go-plugin uses 262980 h, about 30 years). */
const VALIDITY_MS = 10 * 365 * 24 * 3600 * 1000;

/** Generates a new self-signed certificate as described in the module comment. */
export function generateServerCertificate(now: Date = new Date()): ServerCertificate {
  // Loaded here, not at the top: a start with a cached certificate then skips its ~30 ms load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const forge = require('node-forge') as typeof Forge;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive 128-bit serial number (go-plugin mtls.go:26-30 draws one at random as well).
  cert.serialNumber = '01' + randomBytes(16).toString('hex');
  // go-plugin mtls.go:47 backdates by 30 s against clock skew.
  cert.validity.notBefore = new Date(now.getTime() - 30_000);
  cert.validity.notAfter = new Date(now.getTime() + VALIDITY_MS);
  const attrs = [
    { name: 'commonName', value: 'localhost' },
    { name: 'organizationName', value: 'kommunal-cdk shadow provider' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyAgreement: true, keyCertSign: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
  ]);
  cert.sign(forgeKey, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  return { certPem, keyPem, certDer: new X509Certificate(certPem).raw };
}

/** The default cache directory: `$XDG_CACHE_HOME/kommunal-cdk` or `~/.cache/kommunal-cdk`. */
export function defaultCertificateCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache');
  return path.join(base, 'kommunal-cdk');
}

function readCache(file: string, now: Date): ServerCertificate | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return undefined;
  }
  // Only a file of ours that nobody else can read is trusted.
  if (!st.isFile() || (st.mode & 0o077) !== 0 || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { certPem?: unknown; keyPem?: unknown };
    if (typeof parsed.certPem !== 'string' || typeof parsed.keyPem !== 'string') return undefined;
    const x = new X509Certificate(parsed.certPem);
    if (new Date(x.validTo).getTime() - now.getTime() < MIN_REMAINING_MS) return undefined;
    if (new Date(x.validFrom).getTime() > now.getTime()) return undefined;
    // The key must belong to the certificate.
    if (!x.checkPrivateKey(createPrivateKey(parsed.keyPem))) return undefined;
    return { certPem: parsed.certPem, keyPem: parsed.keyPem, certDer: x.raw };
  } catch {
    return undefined;
  }
}

/**
 * The cached certificate of `cacheDir`, or a new one that is then cached (directory 0700, file
 * 0600, written to a temporary name and renamed so that concurrent plugin starts never read a
 * half-written file). A cache that cannot be written is not an error: the certificate is used anyway.
 */
export function loadOrCreateServerCertificate(
  cacheDir: string,
  now: Date = new Date(),
): { readonly certificate: ServerCertificate; readonly source: CertificateSource; readonly cacheError?: string } {
  const file = path.join(cacheDir, CACHE_FILE);
  const cached = readCache(file, now);
  if (cached) return { certificate: cached, source: 'cache' };
  const certificate = generateServerCertificate(now);
  try {
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ certPem: certificate.certPem, keyPem: certificate.keyPem }), { mode: 0o600 });
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, file);
    return { certificate, source: 'generated' };
  } catch (e) {
    return { certificate, source: 'generated', cacheError: (e as Error).message };
  }
}
