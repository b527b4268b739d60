/**
 * A throwaway certificate authority and one server certificate for `localhost` / `127.0.0.1`,
 * made with the `openssl` command line in a temporary folder, for the local HTTPS state servers.
 *
 * Terraform is a Go program; on Linux, Go's crypto/x509 reads its trusted roots from the file named
 * by the SSL_CERT_FILE environment variable instead of the system bundle files when it is set
 * (golang/go src/crypto/x509/root_unix.go at 0345ede8, `certFileEnv = "SSL_CERT_FILE"` and the
 * start of `loadSystemRoots`; certificates in SSL_CERT_DIR / the system directories are still added).
 * So a test trusts this CA by starting terraform with `SSL_CERT_FILE=<ca.pem>`; nothing on the
 * machine changes.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The PEM files of a throwaway CA and a server certificate signed by it. */
export interface ThrowawayCa {
  /** Folder holding the files; removed by `remove()`. */
  readonly dir: string;
  /** The CA certificate (what a client trusts), PEM. */
  readonly caCertFile: string;
  /** The server certificate (SAN: DNS localhost, IP 127.0.0.1), PEM. */
  readonly serverCert: string;
  /** The server's private key, PEM. */
  readonly serverKey: string;
  /** The CA certificate, PEM text. */
  readonly caCert: string;
  /** Removes the folder. */
  remove(): void;
}

/** Why a throwaway CA cannot be made here (no `openssl`), or undefined when it can. */
export function throwawayCaUnavailable(): string | undefined {
  const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'the openssl command is not available to make a throwaway CA';
}

/** Makes a CA (P-256, valid two days) and a server certificate for localhost and 127.0.0.1. */
export function makeThrowawayCa(): ThrowawayCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-ca-'));
  const f = (name: string) => path.join(dir, name);
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2',
      '-subj', '/CN=kommunal-cdk throwaway test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=localhost']);
    fs.writeFileSync(f('server.ext'), [
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'));
    openssl(['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '2', '-extfile', f('server.ext')]);
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    caCertFile: f('ca.pem'),
    caCert: fs.readFileSync(f('ca.pem'), 'utf8'),
    serverCert: fs.readFileSync(f('server.pem'), 'utf8'),
    serverKey: fs.readFileSync(f('server.key'), 'utf8'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
