/**
 * Hides table-of-contents entries whose heading sits in a hidden zone or tab,
 * so the contents list what the reader can see. Starlight renders the desktop
 * and mobile contents from the same headings; both are updated.
 */
export function syncTableOfContents(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('starlight-toc a[href^="#"], mobile-starlight-toc a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const item = link.closest('li');
    if (target && item) item.hidden = target.closest('[hidden]') !== null;
  }
}
