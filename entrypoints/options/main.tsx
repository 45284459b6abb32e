import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles/nhs.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { createOptionsState } from '../../utils/options/options-state.ts';
import { downloadText, fileSafeName } from '../../utils/options/download.ts';
import { loadSettings, saveSettings } from '../../utils/settings/settings-store.ts';
import { deleteSource, exportSourceAsPack, listSources, openDirectoryDb, rollbackSource } from '../../utils/directory/store/index.ts';

const db = await openDirectoryDb();

const state = createOptionsState({
  loadSettings,
  saveSettings,
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  listSources: () => listSources(db),
  rollbackSource: (id) => rollbackSource(db, id),
  deleteSource: (id) => deleteSource(db, id),
  async exportSource(id, format) {
    const pack = await exportSourceAsPack(db, id);
    if (format === 'pack') downloadText(document, `${fileSafeName(pack.name)}.json`, JSON.stringify(pack, null, 1), 'application/json');
    else throw new Error('CSV export is not available in this version; export a pack instead');
  },
});

render(<OptionsPage state={state} />, document.getElementById('app')!);
void state.actions.load();
