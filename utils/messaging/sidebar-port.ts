// The name of the port between a tab's content script and its sidebar frame. In a file of its own
// so the content script can name the port without importing the message schemas (and valibot).
export const SIDEBAR_PORT = 'pa-signpost:sidebar';
