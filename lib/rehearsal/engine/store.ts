/**
 * The object store behind a shadow provider: what "the API" holds after an apply, so that a later
 * read can report drift (an object removed behind terraform's back) and an import can find the
 * object. It is kept behind the small `ObjectStore` interface so that it can grow into the
 * datacenter model of several providers.
 *
 * `FileObjectStore` keeps one JSON file per object, `<dir>/<type>/<id>.json` (both parts
 * percent-encoded), written atomically (temporary file in the same folder, then rename).
 */
import * as fs from 'fs';
import * as path from 'path';

/** One stored object: its type, ID, schema version and attributes in terraform's JSON state form. */
export interface StoredObject {
  readonly typeName: string;
  readonly id: string;
  readonly schemaVersion: number;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** What the engine needs from a store. Implementations must be deterministic. */
export interface ObjectStore {
  get(typeName: string, id: string): StoredObject | undefined;
  /** Every object of a type, in a stable order (by ID). */
  list(typeName: string): readonly StoredObject[];
  put(obj: StoredObject): void;
  delete(typeName: string, id: string): void;
}

/** A store that keeps objects as JSON files under a folder. */
export class FileObjectStore implements ObjectStore {
  /**
   * `list` results by type, valid while the type folder's modification time is unchanged: every
   * put and delete adds, renames or removes an entry of that folder, which updates its mtime, also
   * when another process (a parallel stack) wrote it. Linux stamps files with a coarse clock (a
   * kernel tick, up to 10 ms), so two writes can leave the same mtime: a folder changed in the last
   * two seconds is always read again, and this process's own writes drop the cached entry.
   */
  private readonly listed = new Map<string, { readonly mtimeNs: bigint; readonly objects: readonly StoredObject[] }>();

  constructor(readonly dir: string) {}

  private file(typeName: string, id: string): string {
    return path.join(this.dir, encodeURIComponent(typeName), `${encodeURIComponent(id)}.json`);
  }

  get(typeName: string, id: string): StoredObject | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.file(typeName, id), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return JSON.parse(text) as StoredObject;
  }

  list(typeName: string): readonly StoredObject[] {
    const dir = path.join(this.dir, encodeURIComponent(typeName));
    let mtimeNs: bigint;
    try {
      mtimeNs = fs.statSync(dir, { bigint: true }).mtimeNs;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const hit = this.listed.get(typeName);
    const settled = BigInt(Date.now()) * 1_000_000n - mtimeNs > 2_000_000_000n;
    if (hit && hit.mtimeNs === mtimeNs && settled) return hit.objects;
    const objects: StoredObject[] = [];
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue; // temporary files of a concurrent put
      try {
        objects.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as StoredObject);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted meanwhile
      }
    }
    if (settled) this.listed.set(typeName, { mtimeNs, objects });
    else this.listed.delete(typeName);
    return objects;
  }

  put(obj: StoredObject): void {
    const file = this.file(obj.typeName, obj.id);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(obj, null, 2)}\n`);
    fs.renameSync(tmp, file);
    this.listed.delete(obj.typeName);
  }

  delete(typeName: string, id: string): void {
    fs.rmSync(this.file(typeName, id), { force: true });
    this.listed.delete(typeName);
  }
}

/**
 * A store in which a provider's type aliases name one kind of remote object: bpg/proxmox serves
 * the same API object under a long `proxmox_virtual_environment_*` and a short `proxmox_*` name and
 * moves state between them (behaviour `move_state_from`; the short types' `PrefixMoveState`, see
 * state.ts for the citation). After such a move, a read of the short type must find the
 * object the long type wrote, so every alias is stored under one canonical type name.
 */
export class AliasedObjectStore implements ObjectStore {
  constructor(
    private readonly inner: ObjectStore,
    /** alias type -> canonical type */
    private readonly canonical: ReadonlyMap<string, string>,
  ) {}

  private type(typeName: string): string {
    return this.canonical.get(typeName) ?? typeName;
  }

  get(typeName: string, id: string): StoredObject | undefined {
    const o = this.inner.get(this.type(typeName), id);
    return o === undefined ? undefined : { ...o, typeName };
  }

  list(typeName: string): readonly StoredObject[] {
    const t = this.type(typeName);
    const all = this.inner.list(t);
    return t === typeName ? all : all.map((o) => ({ ...o, typeName }));
  }

  /** The name every alias of `typeName` is stored under. */
  canonicalType(typeName: string): string {
    return this.type(typeName);
  }

  put(obj: StoredObject): void {
    this.inner.put({ ...obj, typeName: this.type(obj.typeName) });
  }

  delete(typeName: string, id: string): void {
    this.inner.delete(this.type(typeName), id);
  }
}
