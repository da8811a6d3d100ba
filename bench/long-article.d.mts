// Types of long-article.mjs for the tests that import it (test/extract/long-article.test.ts).
export interface CastMember {
  name: string;
  title: string;
}
export const CAST: Record<string, CastMember>;
export const MEETINGS: string[];
export function longArticle(options: { chars: number; seed?: number; shape?: 'sentences' | 'unpunctuated'; fresh?: number }): {
  text: string;
  pieces: { start: number; end: number }[];
};
