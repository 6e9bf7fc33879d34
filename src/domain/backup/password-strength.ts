/**
 * How hard a backup password is to guess, roughly: the bits of a brute-force search over the
 * kinds of characters it uses, with common passwords and repeats counted as what they are.
 * An offline attacker with the file tries passwords as fast as PBKDF2 allows.
 */
export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

export const MIN_PASSWORD_LENGTH = 8;

/** Words and runs that guessing lists try first. */
const COMMON = [
  'password',
  'salasana',
  'qwerty',
  'asdf',
  'letmein',
  'palvelupolku',
  'welcome',
  'tervetuloa',
  'admin',
  'kesä',
  'syksy',
  'talvi',
  'kevät',
];
const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyzåäö', 'qwertyuiopåasdfghjklöäzxcvbnm'];

function charsetSize(password: string): number {
  let size = 0;
  if (/\p{Ll}/u.test(password)) size += 29;
  if (/\p{Lu}/u.test(password)) size += 29;
  if (/\d/.test(password)) size += 10;
  if (/[^\p{L}\d]/u.test(password)) size += 33;
  return Math.max(size, 1);
}

/** The password with guessable parts shrunk to one character each. */
function withoutPatterns(password: string): string {
  let rest = password.toLocaleLowerCase('fi');
  for (const word of COMMON) rest = rest.replaceAll(word, '*');
  rest = rest.replace(/(.)\1+/gu, '$1');
  for (const run of RUNS) {
    for (let length = run.length; length >= 3; length -= 1) {
      for (let start = 0; start + length <= run.length; start += 1) {
        rest = rest.replaceAll(run.slice(start, start + length), '*');
      }
    }
  }
  return rest;
}

export function passwordStrength(password: string): PasswordStrength {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  const effective = [...withoutPatterns(password)].length;
  const bits = effective * Math.log2(charsetSize(password));
  if (bits < 45) return 'weak';
  if (bits < 70) return 'fair';
  return 'strong';
}
