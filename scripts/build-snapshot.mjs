#!/usr/bin/env node
// Precompiles the large dictionaries into dist/snapshot/ (run by `npm run build` and by `prepare` during
// `npm install`, after tsc): the places trie over the gazetteer, countries and world places, as flat typed arrays
// (src/extract/recognise/place-trie.ts). Keyed on the hashes of its TSV files: after an edit to one of them, kg
// builds the trie from the files again until the next build. And the tag table of nodejieba's own dictionaries
// (src/text/jieba-tags.ts), keyed on nodejieba's version and the files' sizes and times. --quiet: print nothing.
import { getLexicon } from '../dist/lexicon/index.js';
import { writePlacesSnapshot } from '../dist/extract/recognise/place-trie.js';
import { writeJiebaTagSnapshot } from '../dist/text/jieba-tag-snapshot.js';

const files = [writePlacesSnapshot(getLexicon()), writeJiebaTagSnapshot()];
if (!process.argv.includes('--quiet')) for (const file of files) process.stdout.write(`build-snapshot: ${file}\n`);
