// getLexicon(): every dictionary, loaded once per process and shared (read-only).
// loadLexicon(dir) loads a fresh one from another folder (tests, tools).
import { DICTIONARY_DIR } from './load-tsv.js';
import { loadGazetteer } from './gazetteer.js';
import {
  loadCountries, loadGeography, loadNameChars, loadOrgAliases, loadPersonVerbs, loadSuffixes, loadSurnames, loadTitles,
  loadTranslitChars,
} from './tables.js';
import type { Gazetteer, Lexicon } from './types.js';

/** Loads every dictionary from `dir` (default: the package's dictionaries/). Throws DictionaryError. */
export function loadLexicon(dir: string = DICTIONARY_DIR): Lexicon {
  const surnames = loadSurnames(dir);
  let gazetteer: Gazetteer | undefined;
  return {
    surnames,
    compoundSurnames: surnames.entries.filter((e) => e.compound).map((e) => e.surname),
    titles: loadTitles(dir),
    personVerbs: loadPersonVerbs(dir),
    orgSuffixes: loadSuffixes('orgSuffixes', dir),
    companySuffixes: loadSuffixes('companySuffixes', dir),
    orgAliases: loadOrgAliases(dir),
    meetingKinds: loadSuffixes('meetingKinds', dir),
    placeSuffixes: loadSuffixes('placeSuffixes', dir),
    countries: loadCountries(dir),
    geography: loadGeography(dir),
    // ~43k lines: read on first use, so that work which needs no places does not pay for it.
    get gazetteer() {
      return (gazetteer ??= loadGazetteer(dir));
    },
    nameChars: loadNameChars(dir),
    translitChars: loadTranslitChars(dir),
  };
}

let shared: Lexicon | undefined;

/** The package's lexicon, loaded on first call and memoised. */
export function getLexicon(): Lexicon {
  return (shared ??= loadLexicon());
}
