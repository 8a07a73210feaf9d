import type { Root } from 'mdast';

/** Removes the document's leading `# Title`: Starlight shows the title from the front matter above the content. */
export function remarkDropTitle() {
  return (tree: Root) => {
    const first = tree.children[0];
    if (first?.type === 'heading' && first.depth === 1) tree.children.shift();
  };
}
