import { RouteSpec } from '../http/route';
import { AnyModule, GivenBy, ModuleWorker, Platform } from './module';

export interface StartedModules {
  routes: RouteSpec[];
  /** Every module's workers, in list order. */
  workers: ModuleWorker[];
  /** What a listed module gives, typed by the module. */
  given<M extends AnyModule>(module: M): GivenBy<M>;
}

/** The wiring mistakes in a module list: a name used twice, a need not listed or listed later. */
export function listProblems(modules: readonly AnyModule[]): string[] {
  const problems: string[] = [];
  modules.forEach((module, i) => {
    if (modules.findIndex((other) => other.name === module.name) !== i) problems.push(`module ${module.name} is listed twice`);
    for (const need of Object.values(module.needs) as AnyModule[]) {
      const at = modules.indexOf(need);
      if (at < 0) problems.push(`module ${module.name} needs ${need.name}, which is not listed`);
      else if (at > i) problems.push(`module ${module.name} needs ${need.name}, which is listed after it`);
    }
  });
  return problems;
}

/**
 * Starts the modules in list order, each with what the modules it needs gave, and registers their
 * live-event audiences. Fails before starting any module if the list is wrong, and after the last if
 * a live event has no audience, listing every problem.
 */
export async function startModules(modules: readonly AnyModule[], platform: Platform): Promise<StartedModules> {
  const problems = listProblems(modules);
  if (problems.length > 0) throw new Error(`The engine's module list is wrong: ${problems.join('; ')}`);
  const gives = new Map<AnyModule, unknown>();
  const routes: RouteSpec[] = [];
  const workers: ModuleWorker[] = [];
  for (const module of modules) {
    const uses = Object.fromEntries(Object.entries(module.needs).map(([key, need]) => [key, gives.get(need as AnyModule)]));
    const parts = await module.start(platform, uses);
    gives.set(module, parts.gives);
    routes.push(...(parts.routes ?? []));
    workers.push(...(parts.workers ?? []));
    if (parts.audience) platform.live.hearers(module.name, parts.audience);
  }
  const unheard = platform.live.unheard();
  if (unheard.length > 0) throw new Error(`No module says who may hear the live events ${unheard.join(', ')}`);
  return {
    routes,
    workers,
    given: <M extends AnyModule>(module: M) => {
      if (!gives.has(module)) throw new Error(`Module ${module.name} is not in the engine's list`);
      return gives.get(module) as GivenBy<M>;
    },
  };
}
