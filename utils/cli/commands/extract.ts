import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import * as v from 'valibot';
import { adapterById, adapterFor, detectAdapter, type SiteAdapter } from '../../context/adapters/index.ts';
import { contextFromFhir } from '../../context/fhir.ts';
import { readDocument } from '../../context/read-document.ts';
import { readText } from '../../context/read-text.ts';
import type { ClinicalContext } from '../../context/schema.ts';
import { readAll, type CliIo, type Command } from '../io.ts';
import { applyDefaultSelections } from '../default-selections.ts';

const USAGE = `Usage: pa-signpost extract [options] FILE

Reads a clinical record page (HTML or plain text) and prints what the reader finds as
ClinicalContext JSON. FILE may be - for standard input.

Options:
  --fhir            FILE is a FHIR R4 Bundle (or an array of resources) in JSON
  --html, --text    how to read FILE (default: by extension, else by content)
  --adapter ID      read with this site adapter (default: the one whose layout the page matches)
  --url URL         choose the adapter as the extension would on this address
  --now YYYY-MM-DD  the date ages are computed against (default: today)

Exit codes: 0 ok, 2 usage or file error.`;

const OptionsSchema = v.object({
  file: v.pipe(v.string(), v.minLength(1, 'expected a FILE to read, found none')),
  fhir: v.boolean(),
  format: v.optional(v.picklist(['html', 'text'])),
  adapter: v.optional(v.string()),
  url: v.optional(v.pipe(v.string(), v.url('expected --url to be an absolute URL'))),
  now: v.optional(v.pipe(v.string(), v.isoDate('expected --now as YYYY-MM-DD'))),
});
type Options = v.InferOutput<typeof OptionsSchema>;

function parseArgs(args: string[]): Options {
  const raw: Record<string, unknown> = { fhir: false };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`expected a value after ${arg}, found none`);
      return next;
    };
    if (arg === '--fhir') raw.fhir = true;
    else if (arg === '--html') raw.format = 'html';
    else if (arg === '--text') raw.format = 'text';
    else if (arg === '--adapter') raw.adapter = value();
    else if (arg === '--url') raw.url = value();
    else if (arg === '--now') raw.now = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; see pa-signpost extract --help`);
    else files.push(arg);
  }
  if (files.length > 1) throw new UsageError(`expected one FILE, found ${files.length}: ${files.join(', ')}`);
  raw.file = files[0] ?? '';
  const result = v.safeParse(OptionsSchema, raw);
  if (!result.success) throw new UsageError(result.issues[0]!.message);
  return result.output;
}

class UsageError extends Error {}

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

function looksLikeHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt' || ext === '.text' || ext === '.md') return false;
  return /^\s*<(?:!doctype html|html|head|body|main|article|section|header|div|form|fieldset|table|p|ul|ol|dl|h[1-6])[\s>]/i.test(content);
}

async function parseHtml(html: string): Promise<Document> {
  const { Window } = await import('happy-dom');
  // A static parse: no scripts run and nothing is fetched.
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  applyDefaultSelections(doc);
  return doc;
}

function chooseAdapter(options: Options, doc: Document): SiteAdapter {
  if (options.adapter) {
    const adapter = adapterById(options.adapter);
    if (!adapter) throw new UsageError(`unknown adapter "${options.adapter}"`);
    return adapter;
  }
  if (options.url) return adapterFor(options.url);
  return detectAdapter(doc);
}

export const command: Command = {
  summary: 'read a clinical record page (HTML, text or FHIR) and print what the reader finds',
  usage: USAGE,
  async run(args, io) {
    let options: Options;
    try {
      options = parseArgs(args);
    } catch (error) {
      io.stderr.write(`pa-signpost extract: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    try {
      const content = await readInput(options.file, io);
      const now = options.now ? new Date(`${options.now}T12:00:00Z`) : new Date();
      const name = options.file === '-' ? 'standard input' : options.file;
      let context: ClinicalContext;
      if (options.fhir) {
        let json: unknown;
        try {
          json = JSON.parse(content);
        } catch (error) {
          throw new UsageError(`cannot read ${name}: expected FHIR JSON, found invalid JSON (${(error as Error).message})`);
        }
        try {
          context = contextFromFhir(json, { now });
        } catch (error) {
          throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
        }
      } else if (options.format === 'html' || (options.format === undefined && looksLikeHtml(options.file, content))) {
        const doc = await parseHtml(content);
        context = readDocument(doc, { adapter: chooseAdapter(options, doc), now, shown: shownByStyle });
      } else {
        context = readText(content, { now });
      }
      io.stdout.write(`${JSON.stringify(context, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr.write(`pa-signpost extract: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};

// What a browser would not show, by the page's own style sheets as well as its attributes: a panel
// hidden by a class (".hide { display: none }") is not read, as the sidebar does not read it.
function shownByStyle(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style === undefined || (style.display !== 'none' && style.visibility !== 'hidden');
}
