/**
 * Highlights the column under the pointer or focus with one tinted bar laid
 * over it; rows highlight in CSS alone (`:hover`, `:focus-within`). One
 * element moves, so hovering stays cheap however many rows there are.
 */
export function highlightColumns(table: HTMLTableElement): void {
  const bar = document.createElement('div');
  bar.className = 'matrix__column-highlight';
  bar.hidden = true;
  table.after(bar);
  const highlight = (target: EventTarget | null) => {
    const cell = target instanceof Element ? target.closest<HTMLTableCellElement>('.matrix__row > td, .matrix__region') : null;
    bar.hidden = !cell;
    if (!cell) return;
    bar.style.left = `${cell.offsetLeft}px`;
    bar.style.width = `${cell.offsetWidth}px`;
    bar.style.height = `${table.offsetHeight}px`;
  };
  table.addEventListener('pointerover', (event) => highlight(event.target));
  table.addEventListener('pointerleave', () => highlight(null));
  table.addEventListener('focusin', (event) => highlight(event.target));
  table.addEventListener('focusout', () => highlight(null));
}
