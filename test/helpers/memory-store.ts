/** A DatacenterStore in memory for the datacenter-model tests (deterministic: list() sorted by ID). */
import type { DatacenterStore, StoredObject } from '../../lib/rehearsal/model/api';

export class MemoryStore implements DatacenterStore {
  private readonly objects = new Map<string, Map<string, StoredObject>>();
  list(typeName: string): readonly StoredObject[] {
    return [...(this.objects.get(typeName)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  get(typeName: string, id: string): StoredObject | undefined {
    return this.objects.get(typeName)?.get(id);
  }
  put(obj: StoredObject): void {
    let m = this.objects.get(obj.typeName);
    if (m === undefined) this.objects.set(obj.typeName, (m = new Map()));
    m.set(obj.id, obj);
  }
  delete(typeName: string, id: string): void {
    this.objects.get(typeName)?.delete(id);
  }
}
