// Validation rule: an operation may nest fields at most `max` levels deep (fragments expanded).
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too

function depthOf(set: SelectionSetNode | undefined, ctx: ValidationContext, seen: ReadonlySet<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, ctx, seen) : 1);
    else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, ctx, seen));
    else {
      const name = sel.name.value;
      if (seen.has(name)) continue; // a fragment cycle is reported by NoFragmentCyclesRule
      const frag: FragmentDefinitionNode | null | undefined = ctx.getFragment(name);
      deepest = Math.max(deepest, depthOf(frag?.selectionSet, ctx, new Set([...seen, name])));
    }
  }
  return deepest;
}

export function depthLimitRule(max: number) {
  return (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(op) {
      const depth = depthOf(op.selectionSet, ctx, new Set());
      if (depth > max) {
        ctx.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, { nodes: [op], extensions: { code: 'DEPTH_LIMIT' } }));
      }
    },
  });
}
