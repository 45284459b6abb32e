// Copies the note to the clipboard from the sidebar frame. The async API needs the frame's
// clipboard-write delegation; the older execCommand path covers browsers that refuse it.
export async function copyText(doc: Document, text: string): Promise<void> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser did not allow copying; select the note text and copy it by hand');
}
