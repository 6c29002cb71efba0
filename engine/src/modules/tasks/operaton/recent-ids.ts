import { fromEngineDate } from '../../../operaton/tasks';

/** Ids handled lately, by the engine time of their event: re-reading an overlap costs no database work. */
export class RecentIds {
  private readonly ids = new Map<string, number>();

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string, engineTime: string | null): void {
    this.ids.set(id, fromEngineDate(engineTime)?.getTime() ?? Date.now());
  }

  /** Drops what no window will read again. */
  forgetBefore(ms: number): void {
    for (const [id, at] of this.ids) if (at < ms) this.ids.delete(id);
  }

  get size(): number {
    return this.ids.size;
  }
}
