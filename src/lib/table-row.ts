import type { RowBlock } from '../schemas/block.ts';

/** A table row as the pages hand it to the Table component (src/components/ReportBlocks.astro). */
export type TableRow = Pick<RowBlock, 'id' | 'number' | 'cells' | 'url'> & { head: boolean };
