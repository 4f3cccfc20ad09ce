import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/search/match-rule.ts';
import { pagefindFindsAll } from '../src/search/run-search.ts';

const findsAll = (query: string) => pagefindFindsAll(parseQuery(query));

describe('which queries Pagefind answers completely', () => {
  it('trusts Pagefind with words of two characters or more, Chinese or Latin', () => {
    for (const query of ['双减', '老旧小区改造', '科技创新平台', '人才 公寓', 'RCEP', 'PM2.5', 'AA+', '757.5亿元']) {
      expect(findsAll(query), query).toBe(true);
    }
  });

  it('checks the whole text when a word is one character, which may sit inside a longer word', () => {
    for (const query of ['区', '产业园', '3162套', '人才 区', 'a']) expect(findsAll(query), query).toBe(false);
  });

  it('checks the whole text for a part of symbols only, which Pagefind does not index', () => {
    expect(findsAll('%')).toBe(false);
    expect(findsAll('5.3%')).toBe(true);
  });
});
