import { describe, expect, it } from 'vitest';
import { readSearchState, resultHref, searchPageUrl } from '../src/search/search-url.ts';

describe('search URLs', () => {
  it('link a result to its paragraph with the words to mark before the fragment', () => {
    expect(resultHref('/tasks/#p40', ['老旧小区', '改造'])).toBe(
      `/tasks/?hl=${encodeURIComponent('老旧小区')}+${encodeURIComponent('改造')}#p40`,
    );
    expect(resultHref('/zd2022/#p1', ['AA+'])).toBe('/zd2022/?hl=AA%2B#p1');
    expect(resultHref('/tasks/#p40', [])).toBe('/tasks/#p40');
  });

  it('carry the query and the part on the search page, under the base path', () => {
    expect(searchPageUrl('/zd2022/', { q: '人才 公寓', part: 'tasks' })).toBe(
      `/zd2022/search/?q=${encodeURIComponent('人才')}+${encodeURIComponent('公寓')}&part=tasks`,
    );
    expect(searchPageUrl('/', { q: ' ', part: '' })).toBe('/search/');
    const none = { level: '', place: '', year: '', part: '' };
    expect(readSearchState('?q=%E5%8F%8C%E5%87%8F&part=review')).toEqual({ ...none, q: '双减', part: 'review' });
    expect(readSearchState('')).toEqual({ ...none, q: '' });
  });

  it('carry a collection’s filters, in a fixed order, and read them back', () => {
    const url = searchPageUrl('/', { q: '双减', year: '2022', part: 'tasks', place: 'zibo', level: 'city' });
    expect(url).toBe(`/search/?q=${encodeURIComponent('双减')}&level=city&place=zibo&year=2022&part=tasks`);
    expect(readSearchState(url.slice(url.indexOf('?')))).toEqual({
      q: '双减',
      level: 'city',
      place: 'zibo',
      year: '2022',
      part: 'tasks',
    });
  });
});
