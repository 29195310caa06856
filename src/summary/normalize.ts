// The keys that decide whether two articles name the same entity. They are deliberately
// forgiving about spelling (case, accents, punctuation, a possessive, a legal suffix) and strict
// about content: a key is built from the whole name, never from a part of it.

/** Letters that carry no combining mark to strip, so NFKD alone does not fold them. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th',
};

/** "Wiśniewski" -> "Wisniewski", "Øresund" -> "Oresund". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐðÐħĦßæÆœŒıþÞ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch);
}

/**
 * "George W. Bush" and "george w bush", "Zielińska-Kowal" and "Zielinska Kowal", "People's
 * Liberation Army" and "Peoples Liberation Army", "O'Brien" and "O’Brien" all give one key:
 * diacritics folded, lowercased, a possessive ending the name ("Reuters'", "Pfizer's")
 * dropped, apostrophes deleted (inside a name they join, as in "O'Brien"), other punctuation
 * and symbols turned into spaces, whitespace collapsed.
 */
export function normalizeName(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .trim()
    .replace(/['’ʼ]s?$/, '')
    .replace(/['’ʼ]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Legal forms that one article writes and another leaves out ("Airbus SE", "Airbus"). */
const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'corp', 'corporation', 'co', 'ag', 'sa', 'se', 'nv', 'bv', 'gmbh', 'tbk']);

/** normalizeName, then a leading "the" and one trailing legal form dropped (a name is never left empty). */
export function normalizeOrganization(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  if (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/**
 * The acronym a form is ("U.N." -> "UN", "S&D", "PDI-P"), or undefined when it is not one: a
 * single word of capitals (digits, "&" and "-" allowed) with at least two capital letters.
 * Acronyms compare exactly, since "AP" and "Ap" are not the same kind of name.
 */
export function acronymOf(form: string): string | undefined {
  const bare = form.trim().replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\d&-]*$/u.test(bare)) return undefined;
  return (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2 ? bare : undefined;
}
