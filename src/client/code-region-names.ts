/**
 * Expressive Code turns a code block that scrolls sideways into a `region`
 * landmark (so keyboard users can scroll it) but gives it no name; two such
 * blocks on a page are indistinguishable landmarks. Name each one after its
 * language and its place on the page when the role appears.
 */
const blocks = [...document.querySelectorAll<HTMLPreElement>('.expressive-code pre')];

function labelRegion(pre: HTMLPreElement): void {
  if (pre.getAttribute('role') !== 'region') {
    pre.removeAttribute('aria-label');
    return;
  }
  const language = pre.dataset.language;
  pre.setAttribute('aria-label', `${language ? `${language} code` : 'Code'}, example ${blocks.indexOf(pre) + 1}`);
}

if (blocks.length > 0) {
  const observer = new MutationObserver((changes) => changes.forEach((change) => labelRegion(change.target as HTMLPreElement)));
  for (const pre of blocks) {
    observer.observe(pre, { attributes: true, attributeFilter: ['role'] });
    labelRegion(pre);
  }
}
