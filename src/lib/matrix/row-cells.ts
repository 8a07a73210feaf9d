import type { Provider } from '../facts/dataset-schema.ts';
import type { Matrix } from './build-matrix.ts';
import { cellState, type CellState } from './cell-state.ts';

/** One cell of a model's row after its header cell, over one column or a run of them. */
export type RowCell =
  | { kind: 'state'; state: CellState; columns: number[] }
  /** Another provider's columns, where the model is not offered. */
  | { kind: 'elsewhere'; provider: Provider; columns: number[] };

/** The providers' blocks of columns, in column order. */
export function providerBlocks(matrix: Matrix): { provider: Provider; columns: number[] }[] {
  const blocks: { provider: Provider; columns: number[] }[] = [];
  matrix.regions.forEach((region, column) => {
    const last = blocks.at(-1);
    if (last?.provider === region.provider) last.columns.push(column);
    else blocks.push({ provider: region.provider, columns: [column] });
  });
  return blocks;
}

/**
 * The cells of row `row`. Each other provider's block of columns is one cell
 * saying the model is not offered there, and each run of regions where it is
 * not available is one "not available" cell: at 500 × 100 that leaves a third
 * of the cells for a browser to style, lay out and paint each time a filter
 * brings rows into view, and says the same to a screen reader. A block where
 * the facts do place the model keeps a cell per region.
 */
export function rowCells(matrix: Matrix, row: number, blocks = providerBlocks(matrix)): RowCell[] {
  const width = matrix.regions.length;
  const provider = matrix.models[row]!.provider;
  const stateAt = (column: number) => cellState(matrix.bits[row * width + column]!);
  return blocks.flatMap(({ provider: blockProvider, columns }): RowCell[] => {
    if (blockProvider !== provider && columns.every((column) => stateAt(column) === 'none')) return [{ kind: 'elsewhere', provider: blockProvider, columns }];
    const cells: RowCell[] = [];
    for (const column of columns) {
      const state = stateAt(column);
      const last = cells.at(-1);
      if (state === 'none' && last?.kind === 'state' && last.state === 'none') last.columns.push(column);
      else cells.push({ kind: 'state', state, columns: [column] });
    }
    return cells;
  });
}
