// Validation rule: a simple cost bound. Each field costs 1; a list field multiplies the cost of its selection by its
// `limit` argument (the literal, the variable's default, or the schema default; 100 when none) or by 10 for lists
// without one. An operation costing more than `max` is rejected before it runs.
import {
  GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isListType,
  type ASTVisitor, type FieldNode, type GraphQLCompositeType, type GraphQLField, type SelectionSetNode,
  type ValidationContext, type ValueNode,
} from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too

const UNLIMITED_LIST = 10;
const NO_DEFAULT_LIMIT = 100;

function literalInt(v: ValueNode | undefined, defaults: ReadonlyMap<string, number>): number | null {
  if (!v) return null;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) return defaults.get(v.name.value) ?? null;
  return null;
}

function multiplier(def: GraphQLField<unknown, unknown>, node: FieldNode, vars: ReadonlyMap<string, number>): number {
  if (!isListType(getNullableType(def.type))) return 1;
  const limitArg = def.args.find((a) => a.name === 'limit');
  if (!limitArg) return UNLIMITED_LIST;
  const given = literalInt(node.arguments?.find((a) => a.name.value === 'limit')?.value, vars);
  const fallback = typeof limitArg.defaultValue === 'number' ? limitArg.defaultValue : NO_DEFAULT_LIMIT;
  return Math.max(1, given ?? fallback);
}

function costOf(set: SelectionSetNode | undefined, type: GraphQLCompositeType, ctx: ValidationContext,
  vars: ReadonlyMap<string, number>, seen: ReadonlySet<string>): number {
  if (!set) return 0;
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const def = 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
      if (!def) { total += 1; continue; }
      const inner = getNamedType(def.type);
      const sub = isCompositeType(inner) ? costOf(sel.selectionSet, inner, ctx, vars, seen) : 0;
      total += 1 + multiplier(def, sel, vars) * sub;
    } else {
      const frag = sel.kind === Kind.INLINE_FRAGMENT ? sel : ctx.getFragment(sel.name.value);
      const name = sel.kind === Kind.FRAGMENT_SPREAD ? sel.name.value : null;
      if (!frag || (name && seen.has(name))) continue;
      const cond = frag.typeCondition ? ctx.getSchema().getType(frag.typeCondition.name.value) : type;
      const next = cond && isCompositeType(cond) ? cond : type;
      total += costOf(frag.selectionSet, next, ctx, vars, name ? new Set([...seen, name]) : seen);
    }
  }
  return total;
}

export function costLimitRule(max: number) {
  return (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(op) {
      const root = op.operation === 'query' ? ctx.getSchema().getQueryType()
        : op.operation === 'mutation' ? ctx.getSchema().getMutationType() : ctx.getSchema().getSubscriptionType();
      if (!root) return;
      const vars = new Map<string, number>();
      for (const v of op.variableDefinitions ?? []) {
        if (v.defaultValue?.kind === Kind.INT) vars.set(v.variable.name.value, Number(v.defaultValue.value));
      }
      const cost = costOf(op.selectionSet, root, ctx, vars, new Set());
      if (cost > max) {
        ctx.reportError(new GraphQLError(`query cost ${cost} exceeds the limit of ${max}; ask for smaller limits or fewer nested lists`,
          { nodes: [op], extensions: { code: 'COST_LIMIT' } }));
      }
    },
  });
}
