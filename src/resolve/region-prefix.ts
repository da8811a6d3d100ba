// Region prefixes: 县商务局 in an article about 云溪县 means 云溪县商务局.
// A name that starts with a bare administrative level (省, 市, 区, 县, 镇, 乡, 街道, 新区, 开发区) is expanded with the one place
// of that level the article names; with none or several such places it stays as written.

// longer levels first: 新区党工委 is a 新区's, not a 区's
const LEVELS = ['开发区', '新区', '街道', '省', '市', '区', '县', '镇', '乡'] as const;

/** The bare level a name starts with (县 of 县商务局), or null. */
export function barePrefix(name: string): string | null {
  for (const level of LEVELS) if (name.startsWith(level) && name.length > level.length) return level;
  return null;
}

/** 县商务局 + [云溪县, 青石镇] → 云溪县商务局; null when the name has no bare prefix or the place is not unique. */
export function expandRegionPrefix(name: string, places: readonly string[]): string | null {
  const level = barePrefix(name);
  if (!level) return null;
  const candidates = [...new Set(places.filter((p) => p.endsWith(level) && p.length > level.length))];
  return candidates.length === 1 ? `${candidates[0]}${name.slice(level.length)}` : null;
}

/**
 * Whether a name may merge entities ACROSS articles. Local short forms may not:
 * a bare-level form (县商务局) and a form that is the canonical name minus a leading part (商务局 of 云溪县商务局)
 * mean different bodies in different articles. National aliases (发改委 for 国家发展和改革委员会) may.
 */
export function isGlobalName(name: string, canonical: string): boolean {
  if (barePrefix(name)) return false;
  return name === canonical || !canonical.endsWith(name);
}
