// IndexedDB for unit tests that touch the store; the real browser is covered by the e2e suite.
import 'fake-indexeddb/auto';
