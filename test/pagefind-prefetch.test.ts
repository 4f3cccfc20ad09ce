import { describe, expect, it } from 'vitest';
import { indexFiles, type PagefindEntry } from '../src/search/pagefind-prefetch.ts';

const entry = (languages: PagefindEntry['languages']): PagefindEntry => ({ languages });

describe('the index files fetched ahead of Pagefind', () => {
  it('are the metadata and wasm of the page’s language', () => {
    const files = indexFiles(entry({ 'zh-cn': { hash: 'zh-cn_f63fd', wasm: null, page_count: 63 } }), 'zh-CN');
    expect(files).toEqual(['pagefind.zh-cn_f63fd.pf_meta', 'wasm.unknown.pagefind']);
  });

  it('fall back, as Pagefind does, to the base language, then to the language with the most pages', () => {
    const both = entry({
      en: { hash: 'en_1', wasm: 'en', page_count: 80 },
      zh: { hash: 'zh_2', wasm: null, page_count: 10 },
    });
    expect(indexFiles(both, 'zh-TW')).toEqual(['pagefind.zh_2.pf_meta', 'wasm.unknown.pagefind']);
    expect(indexFiles(both, 'unknown')).toEqual(['pagefind.en_1.pf_meta', 'wasm.en.pagefind']);
  });

  it('are none for an index without languages', () => {
    expect(indexFiles(entry({}), 'zh-cn')).toEqual([]);
  });
});
