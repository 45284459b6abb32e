import { signal } from '@preact/signals';
import type { ContentPack } from '../advice/content-pack.ts';
import type { ContentError } from '../advice/format-issues.ts';

export interface ContentPackServices {
  load(): Promise<{ pack?: ContentPack; problem?: string }>;
  save(json: unknown): Promise<{ ok: true; pack: ContentPack } | { ok: false; errors: ContentError[] }>;
  remove(): Promise<void>;
}

// The options page's view of the service content pack: what is in use, and why a new one was refused.
export function createContentPackState(services: ContentPackServices) {
  const current = signal<ContentPack | undefined>(undefined);
  const problem = signal<string | undefined>(undefined);
  const errors = signal<ContentError[]>([]);
  return {
    current,
    problem,
    errors,
    actions: {
      async load() {
        const loaded = await services.load();
        current.value = loaded.pack;
        problem.value = loaded.problem;
      },
      async choose(fileName: string, text: string) {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          errors.value = [{ path: fileName, message: `expected JSON, found ${error instanceof Error ? error.message : String(error)}` }];
          return;
        }
        const outcome = await services.save(json);
        if (outcome.ok) {
          current.value = outcome.pack;
          errors.value = [];
          problem.value = undefined;
        } else errors.value = outcome.errors;
      },
      async remove() {
        await services.remove();
        current.value = undefined;
        errors.value = [];
      },
    },
  };
}
