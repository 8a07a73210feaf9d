import { addClassName } from 'rehype-expressive-code/hast';
import { createRenderer, type RehypeExpressiveCodeOptions } from 'rehype-expressive-code';

/**
 * Expressive Code as our own pipeline runs it: GitHub's dark and light
 * themes, switched by Starlight's `data-theme` attribute (not the media
 * query, so the theme picker wins), sized with Starlight's variables, and
 * marked `not-content` so Starlight's prose styles leave the blocks alone.
 * Its styles and copy-button script are inlined once per page. Long lines
 * wrap: a block that scrolls sideways becomes an unnamed `region` landmark
 * (Expressive Code's script adds the role), and several of those on one page
 * are an accessibility violation.
 */
const options: RehypeExpressiveCodeOptions = {
  themes: ['github-dark', 'github-light'],
  useDarkModeMediaQuery: false,
  defaultProps: { wrap: true, preserveIndent: true },
  themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
  styleOverrides: {
    borderRadius: '0px',
    borderWidth: '1px',
    codeFontFamily: 'var(--__sl-font-mono)',
    codeFontSize: 'var(--sl-text-code)',
    codeLineHeight: 'var(--sl-line-height)',
    uiFontFamily: 'var(--__sl-font)',
  },
  plugins: [
    {
      name: 'not-content',
      hooks: {
        postprocessRenderedBlock: ({ renderData }) => addClassName(renderData.blockAst, 'not-content'),
      },
    },
  ],
};

let renderer: ReturnType<typeof createRenderer> | undefined;

/** Options for `rehype-expressive-code` sharing one renderer across documents (its setup is the slow part). */
export function expressiveCodeOptions(): RehypeExpressiveCodeOptions {
  return { ...options, customCreateRenderer: () => (renderer ??= createRenderer(options)) };
}
