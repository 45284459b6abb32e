// For the Chromium e2e test and the Firefox check of style-sheet visibility. Runs in the page
// (passed to page.evaluate, so it uses nothing from outside itself): adds to the record a panel
// collapsed by a class, as many record systems collapse one (no attribute says it is hidden),
// saying "known asthmatic"; then `marker`, a line after it, so a check knows the edit was read.
export function addCollapsedPanel(marker: string): void {
  const style = document.createElement('style');
  style.textContent = '.is-collapsed { display: none; }';
  document.head.append(style);
  const panel = document.createElement('section');
  panel.className = 'is-collapsed';
  panel.id = 'collapsed-history';
  const heading = document.createElement('h2');
  heading.textContent = 'Past history';
  const line = document.createElement('p');
  line.textContent = 'Known asthmatic since childhood.';
  panel.append(heading, line);
  const after = document.createElement('p');
  after.textContent = marker;
  (document.querySelector('#record main') ?? document.body).append(panel, after);
}

// Collapses or shows that panel again.
export function setCollapsed(collapsed: boolean): void {
  document.getElementById('collapsed-history')!.classList.toggle('is-collapsed', collapsed);
}
