import { render } from 'preact';
import '../../components/styles/nhs.css';
import '../../components/sidebar/sidebar.css';
import { Sidebar } from '../../components/sidebar/Sidebar.tsx';
import { createSidebarState } from '../../utils/sidebar/sidebar-state.ts';
import { connectToPage, type PageConnection } from '../../utils/sidebar/connect-to-page.ts';
import { loadDirectory } from '../../utils/sidebar/load-directory.ts';

const state = createSidebarState();
let page: PageConnection | undefined;

function App() {
  return (
    <Sidebar
      state={state}
      onCollapse={(collapsed) => {
        state.actions.setCollapsed(collapsed);
        page?.send({ type: 'sidebar-to-content:collapse', collapsed });
      }}
      onClose={() => page?.send({ type: 'sidebar-to-content:close' })}
    />
  );
}

render(<App />, document.getElementById('app')!);

connectToPage((message) => {
  if (message.type === 'content-to-sidebar:context') state.actions.receivePage(message);
  else if (message.type === 'content-to-sidebar:layout') state.actions.setCollapsed(message.collapsed);
})
  .then((connection) => (page = connection))
  .catch((error: unknown) => state.actions.setDirectory({ state: 'error', message: error instanceof Error ? error.message : String(error) }));

loadDirectory()
  .then(({ status }) => state.actions.setDirectory(status))
  .catch((error: unknown) => state.actions.setDirectory({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
