/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Only codes whose date exists and whose check
 * character is right count, so order numbers and the like are left alone.
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The century signs, including the ones added in 2023 (Y X W V U for the 1900s, B–F for 2000s). */
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** Candidates in free text, in either case; `isValidIdentityCode` decides. */
export const IDENTITY_CODE_PATTERN =
  /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])/giu;

export function identityCodeCheckCharacter(datePart: string, individual: string): string {
  return CHECK_CHARACTERS[Number(`${datePart}${individual}`) % 31] ?? '';
}

export function isValidIdentityCode(code: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code.toUpperCase());
  if (!match) return false;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as string[];
  const century = CENTURY[sign!];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return false;
  if (date.getUTCDate() !== day) return false;
  // 000 and 001 are never given out.
  if (Number(individual) < 2) return false;
  return identityCodeCheckCharacter(`${dd}${mm}${yy}`, individual!) === check;
}
