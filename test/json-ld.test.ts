import { describe, expect, it } from 'vitest';
import { reportJsonLd } from '../src/share/json-ld.ts';

const meta = { title: '张店区政府工作报告（2022年）', issuer: '张店区人民政府', year: 2022, note: '以正式文本为准' };
const home = 'https://example.org/zd2022/';
const image = 'https://example.org/zd2022/og/opening.png';

describe('reportJsonLd', () => {
  it('describes the report on the home page', () => {
    const data = JSON.parse(reportJsonLd({ meta, homeUrl: home, pageUrl: home, image }));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: meta.title,
      url: home,
      inLanguage: 'zh-CN',
      author: { '@type': 'GovernmentOrganization', name: '张店区人民政府' },
    });
  });

  it('describes a part as a page of the report', () => {
    const pageUrl = `${home}tasks/`;
    const data = JSON.parse(reportJsonLd({ meta, homeUrl: home, pageUrl, partTitle: '目标任务', image }));
    expect(data).toMatchObject({ '@type': 'WebPage', name: '目标任务', url: pageUrl, isPartOf: { '@type': 'Report' } });
  });

  it('cannot close its <script> element, whatever the text says', () => {
    const json = reportJsonLd({ meta: { ...meta, title: '</script><b>' }, homeUrl: home, pageUrl: home, image });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('</script><b>');
  });
});
