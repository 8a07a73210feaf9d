import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Learn's code fence languages that our highlighter knows under another name,
 * and the frame and title they show with. `azurecli` is bash run through the
 * Azure CLI, so it shows in a terminal frame titled "Azure CLI".
 * Source: Learn's code block language list (learn.microsoft.com contributor
 * guide, "How to include code in docs").
 */
export const CODE_LANGUAGES: Readonly<Record<string, { lang: string; meta?: string }>> = {
  azurecli: { lang: 'bash', meta: 'frame="terminal" title="Azure CLI"' },
  'azurecli-interactive': { lang: 'bash', meta: 'frame="terminal" title="Azure CLI"' },
  azurepowershell: { lang: 'powershell', meta: 'frame="terminal" title="Azure PowerShell"' },
  'azurepowershell-interactive': { lang: 'powershell', meta: 'frame="terminal" title="Azure PowerShell"' },
  console: { lang: 'shell', meta: 'frame="terminal"' },
  output: { lang: 'txt' },
  yml: { lang: 'yaml' },
};

/**
 * Renames Learn code languages on `<pre><code class="language-…">` for
 * Expressive Code, which reads `data.meta`, and turns the code plugin's
 * `data-highlight` (lines to mark, kept through the sanitizer as an
 * attribute) into Expressive Code's `{2,3}` marks.
 */
export function rehypeCodeLanguages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      const lang = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      const mapped = lang ? CODE_LANGUAGES[lang.toLowerCase()] : undefined;
      const highlight = typeof node.properties.dataHighlight === 'string' ? `{${node.properties.dataHighlight}}` : undefined;
      delete node.properties.dataHighlight;
      if (mapped) node.properties.className = [`language-${mapped.lang}`];
      const meta = [mapped?.meta, highlight].filter(Boolean).join(' ');
      if (meta) node.data = { ...node.data, meta };
    });
  };
}
