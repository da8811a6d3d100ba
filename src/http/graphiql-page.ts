// GraphiQL as kg serves it: graphql-yoga's own GraphiQL build (@graphql-yoga/render-graphiql, written into
// dist/web/assets by the build) loaded from this server only, with a default query worth running.
import type { GraphReader } from '../graph/store.js';
import { assetUrl, type WebBundle } from './web-bundle.js';

const FALLBACK_QUERY = `# The graph is empty: ingest articles first (kg ingest <files>). Counts by label and type:
{
  stats { nodes { label count } relationships { type count } }
}
`;

export function meetingQuery(id: string): string {
  return `# A meeting, its attendees in protocol order,
# their roles and the sentences that say so.
# Ctrl-Enter runs it; the explorer is at /
{
  meeting(id: ${JSON.stringify(id)}) {
    name kind startDate endDate
    place { name }
    organizer { name }
    attendees {
      order roles
      person { name }
      evidence { sentence article { title date } }
    }
  }
}
`;
}

/** The meeting with the most attendees among the first 200 by date (ties: the earlier), as the default query. */
export async function defaultQuery(store: GraphReader): Promise<string> {
  const meetings = await store.listMeetings({ limit: 200, offset: 0 });
  if (meetings.length === 0) return FALLBACK_QUERY;
  const attendance = await store.attendanceMany(meetings.map((m) => m.id), { limit: 1000, offset: 0 });
  let best = meetings[0]!;
  for (const m of meetings) if ((attendance.get(m.id)?.length ?? 0) > (attendance.get(best.id)?.length ?? 0)) best = m;
  return meetingQuery(best.id);
}

/** JSON safe inside <script type="application/json">: no `<` that could close the element. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

export function graphiqlHtml(b: WebBundle, query: string): string {
  const options = {
    endpoint: '/graphql', defaultQuery: query, title: 'kg GraphiQL',
    workers: {
      editorWorkerService: assetUrl(b, 'graphiql-editor-worker.js'),
      json: assetUrl(b, 'graphiql-json-worker.js'),
      graphql: assetUrl(b, 'graphiql-graphql-worker.js'),
    },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>kg · GraphiQL</title>
<link rel="icon" href="${assetUrl(b, 'icon.svg')}">
<link rel="stylesheet" href="${assetUrl(b, 'graphiql.css')}">
</head>
<body id="body" class="no-focus-outline">
<div id="root"></div>
<script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
<script src="${assetUrl(b, 'graphiql.js')}"></script>
<script src="${assetUrl(b, 'graphiql-init.js')}"></script>
</body>
</html>
`;
}
