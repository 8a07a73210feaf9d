/**
 * Starlight's search button shows "Search" and its shortcut ("Ctrl K") but is
 * named just "Search", which axe reports (label-content-name-mismatch, WCAG
 * 2.5.3: a voice user says what they see). The name is set to the words the
 * button shows, and the words are parted by spaces (its parts are flex items,
 * so the spaces do not show) so that they read as words.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('site-search button[data-open-modal]')) {
  const parts = [...button.querySelectorAll<HTMLElement>('span, kbd kbd')];
  const words = parts.map((part) => part.textContent?.trim()).filter(Boolean);
  if (words.length < 2) continue;
  for (const part of parts.slice(1)) part.before(' ');
  button.setAttribute('aria-label', words.join(' '));
}
