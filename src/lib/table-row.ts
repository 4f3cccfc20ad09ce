import type { RowBlock } from '../schemas/block.ts';

/** A table row as the MDX hands it to the Table component (emit-mdx.ts writes it). */
export type TableRow = Pick<RowBlock, 'id' | 'number' | 'cells' | 'url'> & { head: boolean };
