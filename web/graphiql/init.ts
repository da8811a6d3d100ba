// Starts graphql-yoga's GraphiQL (loaded just before from this server) with the options the server put in the
// page: endpoint, default query, and the URLs of the editor's workers (same origin: nothing from elsewhere).
interface Options {
  endpoint: string;
  defaultQuery: string;
  title: string;
  workers: Record<string, string>;
}

declare const YogaGraphiQL: { renderYogaGraphiQL(root: Element, opts: Omit<Options, 'workers'>): void };

const options = JSON.parse(document.getElementById('graphiql-options')?.textContent ?? '{}') as Options;
const { workers, ...graphiql } = options;
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId: string, label: string) => workers[label] ?? workers.editorWorkerService,
};
const root = document.getElementById('root');
if (root) YogaGraphiQL.renderYogaGraphiQL(root, graphiql);
