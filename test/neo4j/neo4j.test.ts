// Every suite that uses the test Neo4j, in ONE file so they run one after another: they share the server's
// single database (Community edition) and each empties it first.
import './store-contract.suite.js';
import './graphql-api.suite.js';
import './cli.suite.js';
import './cypher-library.suite.js';
import './query-count.suite.js';
import './store-writes.suite.js';
import './concurrent-writes.suite.js';
