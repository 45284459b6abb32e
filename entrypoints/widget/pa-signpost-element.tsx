import { render } from 'preact';
import '../../components/styles/nhs.css';
import '../../components/sidebar/sidebar.css';
import { Sidebar } from '../../components/sidebar/Sidebar.tsx';
import { createSidebarState } from '../../utils/sidebar/sidebar-state.ts';
import type { ClinicalContext } from '../../utils/context/schema.ts';
import { createSearchIndex } from '../../utils/directory/search/create-search-index.ts';
import { fetchBytes } from '../../utils/directory/fetch-directory-file.ts';
import { handoutQrCodes } from '../../utils/advice/handout-qr-codes.ts';
import { CONTEXT_ATTRIBUTES, type ContextAttributes } from '../../utils/widget/context-from-attributes.ts';
import { recordContext } from '../../utils/widget/record-context.ts';
import { browserIdle, prepareSearchWhenIdle } from '../../utils/sidebar/prepare-search-when-idle.ts';
import { openPackCache, type PackCache } from '../../utils/widget/pack-cache.ts';
import { scopeToHost, styles } from '../../utils/widget/style-registry.ts';
import { printInFrame } from '../../utils/widget/print-in-frame.ts';
import { loadContentPack } from '../../utils/widget/load-content-pack.ts';

export { toCdsCards } from '../../utils/widget/cds-cards.ts';

// <pa-signpost>: the sidebar's panel inside a clinical web app, with no extension installed.
// Context comes from attributes, the `context` property or the `fhir` property; the directory from
// `directory-src`, cached in this origin's IndexedDB. Events let the host write its own record.
class PaSignpostElement extends HTMLElement {
  static observedAttributes = [...CONTEXT_ATTRIBUTES, 'directory-src', 'content-src', 'record-key'];

  readonly #state = createSidebarState();
  #fhir: unknown;
  #context: ClinicalContext | undefined;
  #records = 0;
  #cache: Promise<PackCache> | undefined;
  #qr: Record<string, string> = {};
  #mount: HTMLElement | undefined;
  #ready = false;
  #loadedSrc: string | null | undefined;
  #recordProblem: string | undefined;
  #stopPreparing: (() => void) | undefined;

  get fhir(): unknown {
    return this.#fhir;
  }
  set fhir(value: unknown) {
    this.#fhir = value;
    this.#records++;
    this.#updateContext();
  }
  get context(): ClinicalContext | undefined {
    return this.#context;
  }
  // Checked against the schema when read (recordContext): the host's object is not trusted blindly.
  set context(value: ClinicalContext | undefined) {
    this.#context = value;
    this.#records++;
    this.#updateContext();
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = styles.map(scopeToHost).join('\n');
      this.#mount = document.createElement('div');
      shadow.append(style, this.#mount);
    }
    this.#updateContext();
    this.#render();
    this.#stopPreparing ??= prepareSearchWhenIdle(this.#state, browserIdle);
    void this.#loadDirectory();
    void this.#loadContent();
  }

  disconnectedCallback() {
    this.#stopPreparing?.();
    this.#stopPreparing = undefined;
    if (this.#mount) render(null, this.#mount);
    this.#loadedSrc = undefined;
    void this.#cache?.then((cache) => cache.close());
    this.#cache = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (previous === next || !this.isConnected) return;
    if (name === 'directory-src') void this.#loadDirectory();
    else if (name === 'content-src') void this.#loadContent();
    else this.#updateContext();
  }

  #updateContext() {
    const attributes: ContextAttributes = Object.fromEntries(CONTEXT_ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
    const { context, source, problem } = recordContext({ fhir: this.#fhir, context: this.#context, attributes });
    const key = `${this.getAttribute('record-key') ?? ''}#${this.#records}`;
    this.#state.actions.receivePage({ context, adapter: 'widget', pageKey: key });
    if (problem) {
      this.#state.actions.notify(problem);
      // Once per problem, not again on every attribute change while it stands.
      if (problem !== this.#recordProblem) this.dispatchEvent(new CustomEvent('pa-signpost-error', { bubbles: true, composed: true, detail: { source, message: problem } }));
    } else if (this.#recordProblem !== undefined && this.#state.notice.value === this.#recordProblem) {
      // The record now reads: its earlier problem no longer applies (other notices stay).
      this.#state.actions.notify(undefined);
    }
    this.#recordProblem = problem;
  }

  async #loadDirectory() {
    const src = this.getAttribute('directory-src');
    // Upgrading an element in the page reports its attributes and then connects it: load once.
    if (src === this.#loadedSrc) return;
    this.#loadedSrc = src;
    this.#cache ??= openPackCache();
    const cache = await this.#cache;
    const show = async () => {
      const directory = await cache.cached();
      this.#state.actions.setIndex(createSearchIndex(directory.activities, directory.districts));
      this.#state.actions.setDirectory(
        directory.sources.length === 0
          ? { state: 'empty' }
          : { state: 'ready', sourceNames: directory.sources.map((s) => s.name), sample: directory.sources.some((s) => s.sample), count: directory.activities.length, oldestImport: directory.sources.map((s) => s.active.generated ?? s.active.importedAt).sort()[0] },
      );
    };
    await show();
    // With a saved copy the panel is ready at once; on the very first visit, once the pack is in.
    const hasCopy = (this.#state.index.value?.size ?? 0) > 0;
    if (hasCopy || !src) this.#announceReady();
    if (!src) return;
    const outcome = await cache.revalidate(new URL(src, document.baseURI).href, (url) => fetchBytes(url));
    if (outcome.error) this.#state.actions.notify(outcome.error);
    if (outcome.changed) await show();
    this.#announceReady();
  }

  async #loadContent() {
    const src = this.getAttribute('content-src');
    if (!src) return;
    const outcome = await loadContentPack(new URL(src, document.baseURI).href, (url) => fetchBytes(url));
    if (outcome.ok) this.#state.actions.setContent(outcome.content);
    else this.#state.actions.notify(outcome.message);
  }

  #announceReady() {
    if (this.#ready) return;
    this.#ready = true;
    this.dispatchEvent(new CustomEvent('pa-signpost-ready', { bubbles: true, composed: true, detail: { listings: this.#state.index.value?.size ?? 0 } }));
  }

  #render() {
    if (!this.#mount) return;
    const state = this.#state;
    const App = () => (
      <Sidebar
        state={state}
        qr={this.#qr}
        embedded
        onCollapse={() => undefined}
        onClose={() => undefined}
        onCopyNote={(text, codes) => {
          this.dispatchEvent(new CustomEvent('pa-signpost-note', { bubbles: true, composed: true, detail: { text, codes } }));
          void navigator.clipboard?.writeText(text).catch(() => undefined);
          state.actions.notify('Record note ready.');
        }}
        onSelect={(activity, selected) =>
          this.dispatchEvent(new CustomEvent('pa-signpost-select', { bubbles: true, composed: true, detail: { activity, selected } }))
        }
        onPrintHandout={async (handout) => {
          this.#qr = await handoutQrCodes(handout);
          state.actions.printHandout(handout);
          // Once the handout is rendered: printed on its own, never with the host's record page.
          requestAnimationFrame(() =>
            setTimeout(() => {
              const article = this.shadowRoot?.querySelector('[data-testid="handout"]');
              if (article) printInFrame(document, article, styles.join('\n'));
            }, 50),
          );
        }}
      />
    );
    render(<App />, this.#mount);
  }
}

if (!customElements.get('pa-signpost')) customElements.define('pa-signpost', PaSignpostElement);
