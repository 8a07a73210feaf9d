/**
 * Highlights the column under the pointer or focus with one tinted bar laid
 * over it; rows highlight in CSS alone (`:hover`, `:focus-within`). One
 * element moves, so hovering stays cheap however many rows there are. In a
 * cell over several columns the bar follows the pointer column by column.
 */
export function highlightColumns(table: HTMLTableElement): void {
  const bar = document.createElement('div');
  bar.className = 'matrix__column-highlight';
  bar.hidden = true;
  table.after(bar);
  const highlight = (target: EventTarget | null, clientX?: number) => {
    const cell = target instanceof Element ? target.closest<HTMLTableCellElement>('.matrix__row > td, .matrix__region') : null;
    bar.hidden = !cell;
    if (!cell) return;
    const width = cell.offsetWidth / cell.colSpan;
    const column = clientX === undefined ? 0 : Math.min(Math.max(Math.floor((clientX - cell.getBoundingClientRect().left) / width), 0), cell.colSpan - 1);
    bar.style.left = `${cell.offsetLeft + column * width}px`;
    bar.style.width = `${width}px`;
    bar.style.height = `${table.offsetHeight}px`;
  };
  table.addEventListener('pointerover', (event) => highlight(event.target, event.clientX));
  table.addEventListener('pointermove', (event) => {
    if (event.target instanceof HTMLTableCellElement && event.target.colSpan > 1) highlight(event.target, event.clientX);
  });
  table.addEventListener('pointerleave', () => highlight(null));
  table.addEventListener('focusin', (event) => highlight(event.target));
  table.addEventListener('focusout', () => highlight(null));
}
