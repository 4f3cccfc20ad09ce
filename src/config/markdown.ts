import remarkCjkFriendly from 'remark-cjk-friendly';

/**
 * The remark plugins of the site's Markdown processor, shared by astro.config.mjs and the tests.
 * Without remark-cjk-friendly `**大力发展城市经济。**推进…` is not bold: CommonMark's flanking
 * rules treat 。 before ** as punctuation that cannot close emphasis followed by a letter.
 */
export const remarkPlugins = [remarkCjkFriendly];
