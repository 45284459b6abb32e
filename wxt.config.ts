import { defineConfig } from 'wxt';

// Demo origins are the only host permissions asked for at install. Real clinical sites are added
// by an admin at run time (optional permissions), and the toolbar/shortcut path needs none (activeTab).
export const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'PA Signpost',
    description:
      'Physical activity advice, safety prompts and local options beside the clinical record, for NHS Talking Therapies. No patient data leaves the browser.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'unlimitedStorage', 'clipboardWrite'],
    optional_host_permissions: manifestVersion === 3 ? ['http://*/*', 'https://*/*'] : undefined,
    optional_permissions: manifestVersion === 2 ? ['http://*/*', 'https://*/*'] : undefined,
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open or close the PA Signpost sidebar on this tab',
      },
    },
    action: { default_title: 'PA Signpost: open or close the sidebar' },
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['sidebar.html'], matches: ['<all_urls>'] }]
        : ['sidebar.html'],
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'" }
        : "script-src 'self'; object-src 'self'",
    // Enterprise policy schema for Chrome and Edge. Firefox reads policies.json's "3rdparty" section
    // and does not check it against a schema (README, "Enterprise policy").
    ...(browser !== 'firefox' && manifestVersion === 3 ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pa-signpost@nhs-talking-therapies.example',
              strict_min_version: '115.0',
              // Nothing is collected or transmitted: pilot counts, when on, stay in this browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  // The demo record pages and the widget host are for `npm run demo` and the tests, served from
  // public/ over HTTP; nothing in the extension opens them, so the store zips leave them out.
  zip: { exclude: ['demo/**'] },
});
