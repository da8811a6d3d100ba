// The GraphQL API contract on the embedded store.
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { runApiContract } from './api-contract.js';

runApiContract('embedded', () => openGraphologyStore(null));
