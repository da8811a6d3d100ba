// Colours by label and relationship type, and the CJK font stack of the drawing (the page's CSS has the same).
import type { ApiRel, Label, RelType } from './model.js';

export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';

export const LABEL_COLORS: Readonly<Record<Label, string>> = {
  Person: '#c0392b',
  Organization: '#2874a6',
  Company: '#7d3c98',
  Place: '#1e8449',
  Meeting: '#e69a1f',
  Article: '#7f8c8d',
};

export const TYPE_COLORS: Readonly<Record<RelType, string>> = {
  HOLDS_POSITION: '#5d8fc2',
  ATTENDED: '#e0b36a',
  WROTE: '#a8b0b8',
  REPORTS: '#a8b0b8',
  MENTIONS: '#d5d9dd',
  ORGANIZED_BY: '#d98c5f',
  HELD_IN: '#6fb28a',
  PART_OF: '#7a9cc6',
  LOCATED_IN: '#6fb28a',
  RECOGNIZED: '#a97cc4',
};

/** What an edge says: the roles of an attendance (its colour says ATTENDED), else its type and title or count. */
export function relLabel(r: ApiRel): string {
  switch (r.type) {
    case 'ATTENDED': return r.roles?.length ? r.roles.join(' · ') : 'ATTENDED';
    case 'HOLDS_POSITION': return `HOLDS_POSITION: ${r.title ?? ''}`;
    case 'RECOGNIZED': return `RECOGNIZED: ${r.title ?? ''}${r.year ? ` ${r.year}` : ''}`;
    case 'MENTIONS': return `MENTIONS ×${r.count ?? 1}`;
    default: return r.type;
  }
}
