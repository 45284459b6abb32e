import { signal } from '@preact/signals';
import type { ImportIssue, ImportResult } from '../directory/import-result.ts';
import type { SourceOrigin } from '../directory/store/db.ts';
import type { ImportInput } from '../directory/parse-import.ts';

export type { ImportInput };

export interface PublishRequest {
  id: string;
  name: string;
  publisher: string;
  licence: string;
  attribution?: string;
  origin: SourceOrigin;
  result: ImportResult;
}

export interface ImportServices {
  parse(input: ImportInput, options: { map?: Record<string, string>; signal: AbortSignal; onProgress(done: number, total: number): void }): Promise<ImportResult>;
  fetchUrl(url: string, signal: AbortSignal): Promise<ImportInput>;
  publish(request: PublishRequest, options: { signal: AbortSignal; onProgress(done: number, total: number): void }): Promise<void>;
  downloadReport(fileName: string, issues: readonly ImportIssue[]): void;
}

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; label: string; done: number; total: number }
  | { step: 'review'; input: ImportInput; result: ImportResult }
  | { step: 'publishing'; done: number; total: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function sourceIdFor(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'directory';
}

// Import is: read and validate (progress, cancel) → the admin reviews the report → publish the
// valid rows (progress, cancel) or cancel. Nothing reaches the live directory before publish.
export function createImportFlow(services: ImportServices, onPublished: () => void) {
  const step = signal<ImportStep>({ step: 'idle' });
  const map = signal<Record<string, string>>({});
  let controller: AbortController | undefined;

  const run = async <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
    controller?.abort();
    controller = new AbortController();
    const own = controller;
    try {
      return await work(own.signal);
    } catch (error) {
      step.value = own.signal.aborted
        ? { step: 'idle' }
        : { step: 'failed', message: error instanceof Error ? error.message : String(error) };
      return undefined;
    }
  };

  const read = (input: ImportInput) =>
    run(async (abort) => {
      step.value = { step: 'reading', label: input.name, done: 0, total: 0 };
      const result = await services.parse(input, {
        map: Object.keys(map.value).length > 0 ? map.value : undefined,
        signal: abort,
        onProgress: (done, total) => (step.value = { step: 'reading', label: input.name, done, total }),
      });
      step.value = { step: 'review', input, result };
    });

  return {
    step,
    map,
    actions: {
      readFile: (input: ImportInput) => read(input),
      readUrl: (url: string) =>
        run(async (abort) => {
          step.value = { step: 'reading', label: url, done: 0, total: 0 };
          const input = await services.fetchUrl(url, abort);
          await read(input);
        }),
      setMapping(csvHeader: string, field: string) {
        const next = { ...map.value };
        if (field) next[csvHeader] = field;
        else delete next[csvHeader];
        map.value = next;
      },
      reread() {
        const current = step.value;
        if (current.step === 'review') void read(current.input);
      },
      publish: (details: { name: string; publisher: string; licence: string; attribution?: string }) =>
        run(async (abort) => {
          const current = step.value;
          if (current.step !== 'review') return;
          const listings = current.result.activities.length;
          const districts = Object.keys(current.result.districts).length;
          if (listings === 0 && districts === 0) throw new Error(`${current.input.name}: no valid rows to publish`);
          step.value = { step: 'publishing', done: 0, total: listings };
          await services.publish(
            { ...details, id: sourceIdFor(details.name), origin: current.input.origin, result: current.result },
            { signal: abort, onProgress: (done, total) => (step.value = { step: 'publishing', done, total }) },
          );
          step.value = {
            step: 'done',
            message: listings > 0 ? `Published ${listings} listings as "${details.name}".` : `Published ${districts} postcode districts as "${details.name}".`,
          };
          onPublished();
        }),
      downloadReport() {
        const current = step.value;
        if (current.step === 'review') services.downloadReport(`${current.input.name}-report.csv`, current.result.issues);
      },
      cancel() {
        controller?.abort();
        step.value = { step: 'idle' };
      },
    },
  };
}

export type ImportFlow = ReturnType<typeof createImportFlow>;
