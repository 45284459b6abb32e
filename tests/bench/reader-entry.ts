// What the reader benchmark loads: the reader as the content script ships it (see shippedReader).
export { readText } from '../../utils/context/read-text.ts';
export { readDocument } from '../../utils/context/read-document.ts';
export { createIncrementalReader } from '../../utils/context/incremental.ts';
