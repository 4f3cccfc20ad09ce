/** What the navigation calls the opening address, which has no heading of its own. */
export const OPENING_LABEL = '开篇';

/**
 * A section's name wherever the site names it: 开篇 for the opening address, a part's heading, an
 * appendix's marker with its title (附件一 2023年市十件民生实事).
 */
export function sectionLabel(section: { kind: string; title: string; label?: string }): string {
  if (section.kind === 'opening') return OPENING_LABEL;
  return section.kind === 'appendix' ? (section.label ?? section.title) : section.title;
}
