/** How a list names the block a link opens: 第40段, 表格第3行, or 标题 for a heading. */
export function blockLabel(id: string): string {
  if (/^p\d+$/.test(id)) return `第${id.slice(1)}段`;
  if (/^r\d+$/.test(id)) return `表格第${id.slice(1)}行`;
  return '标题';
}
