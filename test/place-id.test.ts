import { describe, expect, it } from 'vitest';
import { baseName, bareId, placeId } from '../src/pipeline/place-id.ts';
import { PLACE_HOMOPHONES } from '../src/pipeline/place-homophones.ts';

describe('place ids', () => {
  it('are the pinyin of the name without its administrative suffix, lower-case ASCII', () => {
    expect(placeId({ name: '淄博市', level: 'city' })).toBe('zibo');
    expect(placeId({ name: '张店区', level: 'district', parent: '淄博市' })).toBe('zhangdian');
    expect(placeId({ name: '山东省', level: 'province' })).toBe('shandong');
    expect(placeId({ name: '国务院', level: 'national' })).toBe('guowuyuan');
    expect(placeId({ name: '吕梁市', level: 'city' })).toBe('lvliang');
  });

  it('drop the names of peoples from autonomous regions and prefectures, and keep a name of one character whole', () => {
    expect(baseName('广西壮族自治区')).toBe('广西');
    expect(baseName('新疆维吾尔自治区')).toBe('新疆');
    expect(baseName('恩施土家族苗族自治州')).toBe('恩施');
    expect(baseName('内蒙古自治区')).toBe('内蒙古');
    expect(baseName('城区')).toBe('城区');
  });

  it('tell apart names that give the same pinyin by the committed table, whatever else the collection holds', () => {
    expect(placeId({ name: '福州市', level: 'city' })).toBe('fuzhou-fujian');
    expect(placeId({ name: '抚州市', level: 'city' })).toBe('fuzhou-jiangxi');
    expect(placeId({ name: '苏州市', level: 'city' })).toBe('suzhou-jiangsu');
    expect(placeId({ name: '宿州市', level: 'city' })).toBe('suzhou-anhui');
    // 陕西 is romanised Shaanxi, so 山西 keeps shanxi.
    expect(placeId({ name: '陕西省', level: 'province' })).toBe('shaanxi');
    expect(placeId({ name: '山西省', level: 'province' })).toBe('shanxi');
  });

  it('give the place of the highest level in a group the plain id', () => {
    expect(placeId({ name: '吉林省', level: 'province' })).toBe('jilin');
    expect(placeId({ name: '吉林市', level: 'city' })).toBe('jilin-jilin');
  });

  it('tell apart places of one name by parent or code, and refuse one given neither', () => {
    expect(placeId({ name: '鼓楼区', level: 'district', parent: '南京市' })).toBe('gulou-nanjing');
    expect(placeId({ name: '鼓楼区', level: 'district', code: '350102' })).toBe('gulou-fuzhou');
    expect(() => placeId({ name: '鼓楼区', level: 'district' })).toThrow(/鼓楼区.*parent/s);
  });

  it("take the meta's own id first", () => {
    expect(placeId({ name: '福州市', level: 'city', id: 'fz' })).toBe('fz');
  });

  it('are unique across the table', () => {
    const ids = PLACE_HOMOPHONES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z][a-z0-9-]*$/.test(id))).toBe(true);
    expect(bareId('鼓楼区')).toBe('gulou');
  });
});
