import { render } from 'preact';
import { effect } from '@preact/signals';
import { useState } from 'preact/hooks';
import '../../components/styles/nhs.css';
import '../../components/sidebar/sidebar.css';
import { Sidebar } from '../../components/sidebar/Sidebar.tsx';
import { createSidebarState } from '../../utils/sidebar/sidebar-state.ts';
import { connectToPage, type PageConnection } from '../../utils/sidebar/connect-to-page.ts';
import { loadDirectory } from '../../utils/sidebar/load-directory.ts';
import { copyText } from '../../utils/sidebar/copy-text.ts';
import { handoutQrCodes } from '../../utils/advice/handout-qr-codes.ts';
import { recordPilotEvent } from '../../utils/pilot/record-pilot-event.ts';
import { watchPilotEvents } from '../../utils/sidebar/watch-pilot-events.ts';
import { browserIdle, prepareSearchWhenIdle } from '../../utils/sidebar/prepare-search-when-idle.ts';
import type { PilotEvent } from '../../utils/pilot/pilot-event.ts';
import { loadEffectiveContent, onContentPackChanged } from '../../utils/advice/content-pack-store.ts';
import { onDirectoryChanged } from '../../utils/messaging/directory-changed.ts';
import { createSearchIndex } from '../../utils/directory/search/create-search-index.ts';

const state = createSidebarState();
let page: PageConnection | undefined;
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
// The page connection, the directory and the content are asked for first: each waits on the
// browser, and the first render and the rest of startup run meanwhile.
connectToPage((message) => {
  if (message.type === 'content-to-sidebar:context') state.actions.receivePage(message);
  else if (message.type === 'content-to-sidebar:layout') state.actions.setCollapsed(message.collapsed);
})
  .then((connection) => (page = connection))
  .catch((error: unknown) => state.actions.notify(`Not connected to the page: ${errorText(error)}`));

const showDirectory = () =>
  loadDirectory()
    .then(({ directory, status }) => {
      state.actions.setIndex(createSearchIndex(directory.activities, directory.districts));
      state.actions.setDirectory(status);
    })
    .catch((error: unknown) => state.actions.setDirectory({ state: 'error', message: errorText(error) }));
void showDirectory();
// A service's own scripts, when an admin loaded a content pack; followed if it changes.
const showContent = () => loadEffectiveContent().then((content) => state.actions.setContent(content), () => state.actions.setContent(undefined));
void showContent();
// Anonymous pilot counts (off unless the service turns them on): never blocks or breaks the sidebar.
const count = (event: PilotEvent) => void recordPilotEvent(event).catch(() => undefined);
count({ type: 'sidebar-open' });
watchPilotEvents(state, count);
prepareSearchWhenIdle(state, browserIdle);

function App() {
  const [qr, setQr] = useState<Record<string, string>>({});
  return (
    <Sidebar
      state={state}
      qr={qr}
      onCollapse={(collapsed) => {
        state.actions.setCollapsed(collapsed);
        if (!collapsed) count({ type: 'sidebar-open' });
        page?.send({ type: 'sidebar-to-content:collapse', collapsed });
      }}
      onClose={() => page?.send({ type: 'sidebar-to-content:close' })}
      onSelect={(activity, selected) => selected && count({ type: 'signpost', activityLabels: activity.activities })}
      onCopyNote={(text) =>
        copyText(document, text).then(
          () => {
            state.actions.notify('Record note copied. Paste it into the record.');
            count({ type: 'note-copied' });
          },
          (error: unknown) => state.actions.notify(`Could not copy: ${errorText(error)}`),
        )
      }
      onPrintHandout={async (handout) => {
        setQr(await handoutQrCodes(handout));
        state.actions.printHandout(handout);
        count({ type: 'handout-printed' });
        // Print once the handout is on the page; the print view hides the rest of the sidebar.
        requestAnimationFrame(() => setTimeout(() => window.print(), 50));
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);

onContentPackChanged(() => void showContent());
// An import, rollback or refresh elsewhere: the sidebar follows without being reopened.
onDirectoryChanged(() => void showDirectory());

// For the benchmark: when the first local results for the page are on screen.
const stopMark = effect(() => {
  if (state.connected.value && state.outcome.value) {
    requestAnimationFrame(() => performance.mark('pa-signpost:first-results'));
    queueMicrotask(() => stopMark());
  }
});
