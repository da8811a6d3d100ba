import { runStoreContract } from './store-contract.js';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';

runStoreContract('graphology (in memory)', () => openGraphologyStore(null));
