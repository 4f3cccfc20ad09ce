// The match rule (src/search/match-rule.ts) for the browser tests, to compute ground truth in the
// page under test: the rule splits words with Intl.Segmenter, whose dictionary is the browser's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Page } from 'playwright-core';
import type { Report } from '../src/schemas/report.ts';
import { root } from './browser.ts';

const source = readFileSync(join(root, 'src/search/match-rule.ts'), 'utf8');
const javascript = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
/** The rule as a module the page can import: it has no imports of its own. */
export const moduleUrl = `data:text/javascript;base64,${Buffer.from(javascript).toString('base64')}`;

/** What the rule says about one query over the whole report. */
export interface Truth {
  query: string;
  /** The URLs of every block that answers the query. */
  all: string[];
  /** Those that contain every part literally. */
  literal: string[];
  /** How many of `all` are paragraphs. */
  paragraphs: number;
}

/**
 * Applies the rule, in `page`, to every block of the report, for each query folded as the search
 * page folds it: with the site's Traditional → Simplified table (search-variants.json).
 */
export async function groundTruth(page: Page, report: Report, queries: string[]): Promise<Truth[]> {
  const blocks = report.sections.flatMap((section) =>
    section.blocks.map((block) => ({ url: block.url, text: block.text, kind: block.kind })),
  );
  return page.evaluate(
    async ({ moduleUrl, blocks, queries, variantsUrl }) => {
      const rule = (await import(moduleUrl)) as typeof import('../src/search/match-rule.ts');
      const table = rule.parseVariants(await (await fetch(variantsUrl)).json());
      return queries.map((query) => {
        const parts = rule.parseQuery(query, table);
        const found = blocks.flatMap((block) => {
          const match = rule.matchText(block.text, parts);
          return match ? [{ ...block, literal: match.literal }] : [];
        });
        return {
          query,
          all: found.map((block) => block.url),
          literal: found.filter((block) => block.literal).map((block) => block.url),
          paragraphs: found.filter((block) => block.kind === 'paragraph').length,
        };
      });
    },
    // The opening's URL is the base path.
    { moduleUrl, blocks, queries, variantsUrl: `${report.sections[0]!.url}search-variants.json` },
  );
}
