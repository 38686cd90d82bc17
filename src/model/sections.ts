/** The standard sections of a statement, in order; their ids are public anchors. */
export const standardSectionIds = [
  'introduction',
  'controller',
  'data',
  'purposes',
  'automated-decisions',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'objection',
  'complaints',
  'security',
  'cookies',
  'contact',
  'changes',
] as const;

export type StandardSectionId = (typeof standardSectionIds)[number];
