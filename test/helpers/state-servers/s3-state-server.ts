/**
 * A small local HTTPS server that speaks the part of the S3 REST API that terraform's `s3` backend
 * uses, path-style (`https://host:port/<bucket>/<key>`), with objects kept in memory.
 *
 * Why not an npm package: the ones on the registry that run in Node do not implement conditional
 * writes, which `use_lockfile` depends on. s3rver 3.7.1 (the widely used one, last released 2021)
 * honours If-None-Match only on GET (lib/controllers/object.js, getObject); fauxqs 2.4.1 likewise only
 * in its getObject action; neither refuses a PUT over an existing key, so a second terraform would
 * silently take a held lock. Checked by reading their published packages (npm pack), not a guess.
 *
 * What terraform 1.11.4 sends (hashicorp/terraform `internal/backend/remote-state/s3/`, v1.11.4 =
 * 35645b8f): client.go `get` = HeadObject + ranged GetObject through the SDK's download manager
 * (lines 125-186); `put` = PutObject with `ChecksumAlgorithm = SHA256` unless `skip_s3_checksum`
 * (lines 192-211); `lockWithFile` = PutObject of `<key>.tflock` with `IfNoneMatch: "*"` (lines
 * 348-363), read back on failure (`getLockInfoWithFile`, line 673); `unlockWithFile` reads the lock
 * object, compares the ID and deletes it (lines 504-553); backend_state.go `Workspaces` =
 * ListObjectsV2 with the workspace prefix (lines 34-67).
 *
 * The server implements exactly that: ListObjectsV2, HeadObject, GetObject (with a byte Range),
 * PutObject (If-None-Match: * answered with 412 PreconditionFailed when the key exists), DeleteObject,
 * and checks AWS Signature V4 (the secret key really is verified, so the test proves terraform
 * read AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). A body sent with a hex `x-amz-content-sha256` is
 * checked against it.
 *
 * `aws-chunked` bodies (Content-Encoding: aws-chunked, x-amz-content-sha256:
 * STREAMING-UNSIGNED-PAYLOAD-TRAILER, what the AWS SDK sends for a trailing checksum over HTTPS) are
 * NOT decoded: the body is stored as received. That is what S3-compatible stores without aws-chunked
 * support did, e.g. Ceph RGW in hashicorp/terraform#34054 ("Corrupted state in 1.6.1 with S3 backend
 * on nonAWS"): the stored object held the chunk size line, the JSON, `0` and the
 * `x-amz-checksum-sha256:` trailer. Other stores reject such a PUT instead (#34086: Ceph
 * XAmzContentSHA256Mismatch; orange-cloudavenue/terraform-provider-cloudavenue#1034: "trailing
 * checksum is not supported"). Requests that use it are recorded in `requests` (`awsChunked`), so a
 * test can assert that terraform did not send it.
 */
import * as crypto from 'crypto';
import * as https from 'https';
import type { IncomingMessage } from 'http';
import type { AddressInfo } from 'net';

/** One object kept by the server. */
export interface S3Object {
  readonly body: Buffer;
  readonly etag: string;
  readonly lastModified: Date;
  readonly contentType: string;
}

/** One request the server answered. */
export interface S3SeenRequest {
  readonly method: string;
  readonly key: string;
  readonly status: number;
  /** The request body was in aws-chunked encoding (stored as received). */
  readonly awsChunked: boolean;
  /** The request carried If-None-Match (a conditional write when a PUT). */
  readonly ifNoneMatch?: string;
  /** The x-amz-trailer header: which checksum trails an aws-chunked body. */
  readonly trailer?: string;
  /** The x-amz-checksum-mode header of a GET/HEAD (asks the store to return checksums). */
  readonly checksumMode?: string;
}

/** A running server. */
export interface S3StateServer {
  /** https://127.0.0.1:PORT */
  readonly endpoint: string;
  readonly bucket: string;
  /** The object at `key`, if any. */
  object(key: string): S3Object | undefined;
  /** Puts an object directly (e.g. a lock object the way terraform writes it). */
  putObject(key: string, body: Buffer | string): void;
  /** Removes an object directly. */
  deleteObject(key: string): void;
  /** Requests answered so far, in order. */
  readonly requests: readonly S3SeenRequest[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Options of the server. */
export interface S3StateServerOptions {
  readonly cert: string;
  readonly key: string;
  /** The one bucket that exists. */
  readonly bucket: string;
  /** The one accepted access key pair. */
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3986 encoding as SigV4 wants it (everything but unreserved characters). */
function sigV4Encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function hmac(key: Buffer | string, data: string): Buffer {
  return crypto.createHmac('sha256', key).update(data, 'utf8').digest();
}

/**
 * Verifies an `AWS4-HMAC-SHA256` Authorization header (AWS Signature Version 4, header form). Returns
 * an S3 error code, or undefined when the signature is right.
 */
function checkSignature(req: IncomingMessage, rawPath: string, rawQuery: string, accessKeyId: string, secret: string): string | undefined {
  const auth = req.headers.authorization;
  if (!auth) return 'AccessDenied';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'AccessDenied';
  const [, keyId, date, region, service, signedHeaders, signature] = m;
  if (keyId !== accessKeyId) return 'InvalidAccessKeyId';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const canonicalHeaders = signedHeaders.split(';').map((name) => {
    const value = req.headers[name];
    const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
    return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
  }).join('');
  const canonicalQuery = rawQuery === '' ? '' : rawQuery.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const k = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
    const v = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    return [sigV4Encode(k), sigV4Encode(v)] as const;
  }).sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
  const canonicalRequest = [req.method, rawPath, canonicalQuery, canonicalHeaders, signedHeaders, String(req.headers['x-amz-content-sha256'] ?? '')].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, crypto.createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(signingKey, stringToSign);
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? undefined : 'SignatureDoesNotMatch';
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startS3StateServer(options: S3StateServerOptions): Promise<S3StateServer> {
  const objects = new Map<string, S3Object>();
  const requests: S3SeenRequest[] = [];
  let requestCounter = 0;
  const store = (key: string, body: Buffer, contentType: string) => {
    objects.set(key, { body, contentType, lastModified: new Date(), etag: `"${crypto.createHash('md5').update(body).digest('hex')}"` });
  };

  const server = https.createServer({ cert: options.cert, key: options.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requestCounter += 1;
      const requestId = `KOMMUNAL${String(requestCounter).padStart(8, '0')}`;
      const rawUrl = req.url ?? '/';
      const q = rawUrl.indexOf('?');
      const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
      const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
      const params = new URLSearchParams(rawQuery);
      const segments = rawPath.split('/').slice(1);
      const bucket = decodeURIComponent(segments[0] ?? '');
      const key = segments.slice(1).map(decodeURIComponent).join('/');
      const awsChunked = /aws-chunked/.test(String(req.headers['content-encoding'] ?? '')) || /^STREAMING-/.test(String(req.headers['x-amz-content-sha256'] ?? ''));
      const ifNoneMatch = typeof req.headers['if-none-match'] === 'string' ? req.headers['if-none-match'] : undefined;
      const trailer = typeof req.headers['x-amz-trailer'] === 'string' ? req.headers['x-amz-trailer'] : undefined;
      const checksumMode = typeof req.headers['x-amz-checksum-mode'] === 'string' ? req.headers['x-amz-checksum-mode'] : undefined;
      const record = (status: number) => requests.push({
        method: req.method ?? '', key, status, awsChunked,
        ...(ifNoneMatch !== undefined ? { ifNoneMatch } : {}), ...(trailer !== undefined ? { trailer } : {}), ...(checksumMode !== undefined ? { checksumMode } : {}),
      });
      const send = (status: number, headers: Record<string, string | number>, body?: Buffer | string) => {
        record(status);
        res.writeHead(status, { 'x-amz-request-id': requestId, ...headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      const error = (status: number, code: string, message: string) => send(status, { 'Content-Type': 'application/xml' },
        `${XML_HEADER}<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><Resource>${xmlEscape(rawPath)}</Resource><RequestId>${requestId}</RequestId></Error>`);

      const authProblem = checkSignature(req, rawPath, rawQuery, options.accessKeyId, options.secretAccessKey);
      if (authProblem) return error(403, authProblem, 'The request signature or access key is not valid for this server.');
      const body = Buffer.concat(chunks);
      const declaredSha = String(req.headers['x-amz-content-sha256'] ?? '');
      if (/^[0-9a-f]{64}$/.test(declaredSha) && crypto.createHash('sha256').update(body).digest('hex') !== declaredSha) {
        return error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
      }
      if (bucket !== options.bucket) return error(404, 'NoSuchBucket', 'The specified bucket does not exist');

      if (key === '') {
        if (req.method === 'HEAD') return send(200, {});
        if (req.method === 'GET' && params.get('list-type') === '2') {
          const prefix = params.get('prefix') ?? '';
          const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
          const contents = keys.map((k) => {
            const o = objects.get(k)!;
            return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
          }).join('');
          return send(200, { 'Content-Type': 'application/xml' },
            `${XML_HEADER}<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xmlEscape(bucket)}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>${params.get('max-keys') ?? 1000}</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
        }
        return error(501, 'NotImplemented', 'This bucket operation is not implemented by the test server.');
      }

      const existing = objects.get(key);
      switch (req.method) {
        case 'HEAD':
        case 'GET': {
          if (!existing) return req.method === 'HEAD' ? send(404, {}) : error(404, 'NoSuchKey', 'The specified key does not exist.');
          const common = { 'Content-Type': existing.contentType, ETag: existing.etag, 'Last-Modified': existing.lastModified.toUTCString(), 'Accept-Ranges': 'bytes' };
          const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
          if (range && req.method === 'GET') {
            const size = existing.body.length;
            const start = Number(range[1]);
            const end = Math.min(range[2] === '' ? size - 1 : Number(range[2]), size - 1);
            if (start >= size) return error(416, 'InvalidRange', 'The requested range is not satisfiable');
            return send(206, { ...common, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${size}` }, existing.body.subarray(start, end + 1));
          }
          return send(200, { ...common, 'Content-Length': existing.body.length }, existing.body);
        }
        case 'PUT': {
          if (ifNoneMatch === '*' && existing) return error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
          store(key, body, String(req.headers['content-type'] ?? 'application/octet-stream'));
          const headers: Record<string, string> = { ETag: objects.get(key)!.etag };
          const sse = req.headers['x-amz-server-side-encryption'];
          if (typeof sse === 'string') headers['x-amz-server-side-encryption'] = sse;
          return send(200, headers);
        }
        case 'DELETE':
          objects.delete(key);
          return send(204, {});
        default:
          return error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    bucket: options.bucket,
    object: (key) => objects.get(key),
    putObject: (key, body) => store(key, Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), 'application/json'),
    deleteObject: (key) => { objects.delete(key); },
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
