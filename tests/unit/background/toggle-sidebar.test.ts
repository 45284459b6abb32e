import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { toggleSidebar } from '../../../utils/background/toggle-sidebar.ts';
import { registerSites } from '../../../utils/background/register-sites.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('toggleSidebar (toolbar button and shortcut)', () => {
  it('asks the script already in the page to toggle, without injecting again', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ open: false } as never);
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await toggleSidebar({ id: 7, url: 'https://records.example.nhs.uk/patient/1' } as never);
    expect(send).toHaveBeenCalledWith(7, { type: 'background-to-content:toggle' }, { frameId: 0 });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the content script into that tab when it is not there yet (activeTab, no host permission)', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await toggleSidebar({ id: 7, url: 'https://records.example.nhs.uk/patient/1' } as never);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/clinical.js'] });
  });

  it('does nothing on browser pages it cannot read', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await toggleSidebar({ id: 7, url: 'chrome://settings' } as never);
    await toggleSidebar(undefined);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('registerSites', () => {
  it('registers the content script only on sites with granted permission', async () => {
    vi.spyOn(browser.permissions, 'contains').mockImplementation((async ({ origins }: { origins?: string[] }) => origins?.[0] === 'https://records.example.nhs.uk/*') as never);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([{ id: 'pa-signpost-sites' }] as never);
    const unregister = vi.spyOn(browser.scripting, 'unregisterContentScripts').mockResolvedValue();
    const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockResolvedValue();
    const granted = await registerSites([
      { pattern: 'https://records.example.nhs.uk/*', adapter: 'auto' },
      { pattern: 'https://not-granted.example.org/*', adapter: 'auto' },
    ]);
    expect(granted).toEqual(['https://records.example.nhs.uk/*']);
    expect(unregister).toHaveBeenCalledWith({ ids: ['pa-signpost-sites'] });
    expect(register).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'pa-signpost-sites', matches: ['https://records.example.nhs.uk/*'], js: ['content-scripts/clinical.js'] }),
    ]);
  });

  it('registers nothing when no site is granted', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockResolvedValue();
    expect(await registerSites([{ pattern: 'https://x.example.org/*', adapter: 'auto' }])).toEqual([]);
    expect(register).not.toHaveBeenCalled();
  });
});
