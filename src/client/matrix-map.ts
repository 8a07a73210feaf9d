/**
 * Shows on the matrix page's map only the regions of the columns the filter
 * shows. Without a map on the page it does nothing.
 */
export function mapShownColumns(root: Document, columnIds: readonly string[]): (shown: readonly boolean[]) => void {
  const column = new Map(columnIds.map((id, c) => [id, c]));
  const items = [...root.querySelectorAll<HTMLElement | SVGElement>('[data-region-map] [data-region]')].map((item) => ({ item, c: column.get(item.dataset.region!) }));
  return (shown) => {
    for (const { item, c } of items) {
      const display = c === undefined || shown[c] ? '' : 'none';
      if (item.style.display !== display) item.style.display = display;
    }
  };
}
