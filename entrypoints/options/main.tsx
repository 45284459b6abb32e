import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles/nhs.css';
import '../../components/options/options.css';
import '../../components/pilot/pilot.css';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { ImportPanel } from '../../components/options/ImportPanel.tsx';
import { announceDirectoryChanged } from '../../utils/messaging/directory-changed.ts';
import { createContentPackState } from '../../utils/options/content-pack-state.ts';
import { loadContentPack, removeContentPack, saveContentPack } from '../../utils/advice/content-pack-store.ts';
import { ContentPackPanel } from '../../components/options/ContentPackPanel.tsx';
import { createOptionsState } from '../../utils/options/options-state.ts';
import { createImportFlow } from '../../utils/options/import-flow.ts';
import { parseImport } from '../../utils/directory/parse-import.ts';
import { fetchDirectoryFile, fetchJson } from '../../utils/directory/fetch-directory-file.ts';
import { downloadText, fileSafeName } from '../../utils/options/download.ts';
import { loadSettingsWithLocks, onSettingsChanged, saveSettings } from '../../utils/settings/settings-store.ts';
import { createPilotState } from '../../utils/options/pilot-state.ts';
import { countsToCsv } from '../../utils/pilot/counts-to-csv.ts';
import { dayKey } from '../../utils/pilot/day-key.ts';
import { loadPilotCounts, onPilotCountsChanged, resetCounts } from '../../utils/pilot/pilot-store.ts';
import { blankTemplateCsv, exampleCsv } from '../../utils/directory/csv-template.ts';
import { CSV_FIELDS } from '../../utils/directory/csv-header-aliases.ts';
import { reportToCsv } from '../../utils/directory/report-to-csv.ts';
import { activitiesToCsv } from '../../utils/directory/activities-to-csv.ts';
import {
  deleteSource,
  exportSourceAsPack,
  listSources,
  openDirectoryDb,
  publishImport,
  readActiveDirectory,
  checkStore,
  refreshSource,
  rollbackSource,
} from '../../utils/directory/store/index.ts';

const db = await openDirectoryDb();

const state = createOptionsState({
  loadSettings: loadSettingsWithLocks,
  saveSettings,
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  listSources: () => listSources(db),
  rollbackSource: (id) => rollbackSource(db, id).then(announceDirectoryChanged),
  async refreshSource(id) {
    const source = (await listSources(db)).find((s) => s.id === id);
    if (!source) return { ok: false, message: `expected a directory "${id}", found none` };
    const { districts } = await readActiveDirectory(db);
    return refreshSource(db, source, {
      onPublished: announceDirectoryChanged,
      load: async (url, signal) =>
        parseImport(await fetchDirectoryFile(url, signal), { districts, fetchJson, signal: signal ?? new AbortController().signal, onProgress: () => undefined }),
    });
  },
  deleteSource: (id) => deleteSource(db, id).then(announceDirectoryChanged),
  async exportSource(id, format) {
    const pack = await exportSourceAsPack(db, id);
    if (format === 'pack') downloadText(document, `${fileSafeName(pack.name)}.json`, JSON.stringify(pack, null, 1), 'application/json');
    else downloadText(document, `${fileSafeName(pack.name)}.csv`, activitiesToCsv(pack.activities), 'text/csv');
  },
});


const flow = createImportFlow(
  {
    parse: async (input, { map, signal, onProgress }) =>
      parseImport(input, {
        ...(map ? { map } : {}),
        signal,
        onProgress,
        districts: (await readActiveDirectory(db)).districts,
        fetchJson,
      }),
    fetchUrl: fetchDirectoryFile,
    publish: async (request, { signal, onProgress }) => {
      const { result, ...header } = request;
      await publishImport(db, { ...header, generated: result.header?.generated }, result.activities, result.districts, { signal, onProgress });
      await announceDirectoryChanged();
    },
    downloadReport: (fileName, issues) => downloadText(document, fileName, reportToCsv(issues), 'text/csv'),
  },
  () => void state.actions.refreshSources(),
);

const importer = (
  <ImportPanel
    flow={flow}
    mappableFields={[...CSV_FIELDS]}
    onChooseFile={(file) =>
      void file.arrayBuffer().then((buffer) => flow.actions.readFile({ name: file.name, bytes: new Uint8Array(buffer), origin: { kind: 'file', fileName: file.name } }))
    }
    onDownloadTemplate={(kind) =>
      downloadText(document, kind === 'blank' ? 'pa-signpost-template.csv' : 'pa-signpost-example.csv', kind === 'blank' ? blankTemplateCsv() : exampleCsv(), 'text/csv')
    }
  />
);

const pilotState = createPilotState({ loadCounts: loadPilotCounts, resetCounts });
const pilot = {
  state: pilotState,
  onDownloadCsv: () => downloadText(document, `pa-signpost-pilot-counts-${dayKey(new Date())}.csv`, countsToCsv(pilotState.counts.value), 'text/csv'),
  onReset: () => void pilotState.actions.reset(),
};

const contentPackState = createContentPackState({ load: loadContentPack, save: saveContentPack, remove: removeContentPack });
const ContentPackSlot = () => (
  <ContentPackPanel
    {...(contentPackState.current.value ? { current: contentPackState.current.value } : {})}
    {...(contentPackState.problem.value ? { problem: contentPackState.problem.value } : {})}
    errors={contentPackState.errors.value}
    onChooseFile={(file) => void file.text().then((text) => contentPackState.actions.choose(file.name, text))}
    onRemove={() => void contentPackState.actions.remove()}
  />
);
void contentPackState.actions.load();

render(<OptionsPage state={state} importer={importer} contentPack={<ContentPackSlot />} pilot={pilot} />, document.getElementById('app')!);
// Damaged stored listings are set aside before anything is shown, and the admin is told which.
void checkStore(db)
  .then((report) => {
    if (report.repaired.length === 0) return;
    const examples = report.setAside.slice(0, 5).map((s) => `${s.sourceId} / ${s.id} (${s.reason})`).join('; ');
    state.status.value = { kind: 'error', text: `Damaged directory data was found and set aside: ${report.repaired.join('; ')}.${examples ? ` For example: ${examples}.` : ''}` };
  })
  .catch(() => undefined)
  .finally(() => void state.actions.load());
void pilotState.actions.load();
// Counts recorded in a sidebar, and a policy pushed while this page is open, show without a reload.
onPilotCountsChanged((counts) => pilotState.actions.receive(counts));
onSettingsChanged(() => void state.actions.load());
