#!/usr/bin/env node
// Precompiles the large dictionaries into dist/snapshot/ (run by `npm run build` and by `prepare` during
// `npm install`, after tsc): the places trie over the gazetteer, countries and world places, as flat typed arrays
// (src/extract/recognise/place-trie.ts). Keyed on the hashes of its TSV files: after an edit to one of them, kg
// builds the trie from the files again until the next build. --quiet: print nothing.
import { getLexicon } from '../dist/lexicon/index.js';
import { writePlacesSnapshot } from '../dist/extract/recognise/place-trie.js';

const file = writePlacesSnapshot(getLexicon());
if (!process.argv.includes('--quiet')) process.stdout.write(`build-snapshot: ${file}\n`);
