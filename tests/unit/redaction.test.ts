import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, replaceHits } from '../../src/domain/privacy/detect';
import {
  identityCodeCheckCharacter,
  isValidIdentityCode,
} from '../../src/domain/privacy/identity-code';

const kinds = (text: string, names = [] as { name: string; role: 'customer' | 'staff' }[]) =>
  findPersonalData(text, names).map((hit) => [hit.kind, hit.text]);

/** Builds a valid code from its parts, whatever the century sign. */
function makeCode(day: number, month: number, yy: number, sign: string, individual: number) {
  const datePart = [day, month, yy].map((n) => String(n).padStart(2, '0')).join('');
  const number = String(individual).padStart(3, '0');
  return `${datePart}${sign}${number}${identityCodeCheckCharacter(datePart, number)}`;
}

describe('Finnish identity codes', () => {
  it('accepts well-known valid codes, with the old and the 2023 century signs', () => {
    expect(isValidIdentityCode('131052-308T')).toBe(true);
    expect(isValidIdentityCode('131052Y308T')).toBe(true);
    expect(isValidIdentityCode('131052W308T')).toBe(true);
    expect(isValidIdentityCode('010594Y9032')).toBe(true);
    expect(isValidIdentityCode('020502E902X')).toBe(true);
    expect(isValidIdentityCode('010100A9016')).toBe(false);
  });

  it('refuses a wrong check character, an impossible date and individual number 000/001', () => {
    expect(isValidIdentityCode('131052-308U')).toBe(false);
    expect(isValidIdentityCode('310252-308T')).toBe(false);
    expect(isValidIdentityCode(makeCode(30, 2, 20, 'A', 123))).toBe(false);
    expect(isValidIdentityCode(makeCode(29, 2, 20, 'A', 123))).toBe(true);
    expect(isValidIdentityCode(makeCode(29, 2, 21, 'A', 123))).toBe(false);
    expect(isValidIdentityCode(makeCode(1, 1, 90, '-', 1))).toBe(false);
    expect(isValidIdentityCode('131052G308T')).toBe(false);
  });

  it('finds a valid code in a sentence and leaves other numbers alone', () => {
    expect(kinds('Asiakkaan hetu on 131052-308T, tilaus 123456-7890.')).toEqual([
      ['identityCode', '131052-308T'],
    ]);
    expect(kinds('Tilausnumero 131052-308U ja 010101-1234 eivät ole tunnuksia.')).toEqual([]);
  });

  it('finds a code with a lower-case check character or century sign', () => {
    expect(kinds('hetu 131052-308t ja 131052y308t')).toEqual([
      ['identityCode', '131052-308t'],
      ['identityCode', '131052y308t'],
    ]);
    expect(kinds('tilaus 131052-308u')).toEqual([]);
  });

  it('finds every generated valid code and none with a changed check character', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1850-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 2, max: 999 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (date, individual, signIndex, shift) => {
          const year = date.getUTCFullYear();
          const signs =
            year < 1900
              ? ['+']
              : year < 2000
                ? ['-', 'Y', 'X', 'W', 'V', 'U']
                : ['A', 'B', 'C', 'D', 'E', 'F'];
          const sign = signs[signIndex % signs.length]!;
          const code = makeCode(
            date.getUTCDate(),
            date.getUTCMonth() + 1,
            year % 100,
            sign,
            individual,
          );
          expect(isValidIdentityCode(code)).toBe(true);
          expect(kinds(`hetu ${code}.`)).toEqual([['identityCode', code]]);
          const lower = code.toLowerCase();
          expect(kinds(`hetu ${lower}.`)).toEqual([['identityCode', lower]]);
          const alphabet = '0123456789ABCDEFHJKLMNPRSTUVWXY';
          const wrong = alphabet[(alphabet.indexOf(code.at(-1)!) + shift) % 31]!;
          const broken = code.slice(0, -1) + wrong;
          expect(isValidIdentityCode(broken)).toBe(false);
          expect(
            findPersonalData(`hetu ${broken}.`).filter((hit) => hit.kind === 'identityCode'),
          ).toEqual([]);
        },
      ),
    );
  });
});

describe('contact details', () => {
  it('finds e-mail addresses inside text, also with Finnish letters', () => {
    expect(kinds('Lähetä osoitteeseen maija.meikäläinen@esimerkki.fi, kiitos!')).toEqual([
      ['email', 'maija.meikäläinen@esimerkki.fi'],
    ]);
    expect(kinds('(john+spa@mail.example.co.uk)')).toEqual([
      ['email', 'john+spa@mail.example.co.uk'],
    ]);
    expect(kinds('Not an address: user@ or @home or a@b')).toEqual([]);
  });

  it('finds Finnish and international phone numbers', () => {
    expect(kinds('Soita 040 123 4567 tai 040-1234567.')).toEqual([
      ['phone', '040 123 4567'],
      ['phone', '040-1234567'],
    ]);
    expect(kinds('Vaihde 09-1234567, (09) 123 4567')).toEqual([
      ['phone', '09-1234567'],
      ['phone', '(09) 123 4567'],
    ]);
    expect(kinds('Call +358 40 1234567 or +44 20 7946 0958.')).toEqual([
      ['phone', '+358 40 1234567'],
      ['phone', '+44 20 7946 0958'],
    ]);
  });

  it('finds a Finnish number with 00358 or 358 in front, whole', () => {
    expect(kinds('Numero 358 40 123 4567 tai 00358 40 123 4567.')).toEqual([
      ['phone', '358 40 123 4567'],
      ['phone', '00358 40 123 4567'],
    ]);
    expect(kinds('0035840 1234567, 358401234567, 0044 20 7946 0958')).toEqual([
      ['phone', '0035840 1234567'],
      ['phone', '358401234567'],
      ['phone', '0044 20 7946 0958'],
    ]);
  });

  it('leaves dates, prices, years and short numbers alone', () => {
    expect(
      kinds('Käynti 12.3.2024 klo 09.30, hinta 120 €, huone 204, vuonna 2023, 5 / 5.'),
    ).toEqual([]);
  });

  it('finds street addresses with a postal code', () => {
    expect(
      kinds('Asiakas asuu osoitteessa Mannerheimintie 12 B 5, 00100 Helsinki ja soitti.'),
    ).toEqual([['address', 'Mannerheimintie 12 B 5, 00100 Helsinki']]);
    expect(kinds('Paketti osoitteeseen Iso Roobertinkatu 3-5, 00120 Helsinki.')).toEqual([
      ['address', 'Iso Roobertinkatu 3-5, 00120 Helsinki'],
    ]);
    expect(kinds('Toimipiste: Hämeenkatu 5 A, 33100 Tampere')).toEqual([
      ['address', 'Hämeenkatu 5 A, 33100 Tampere'],
    ]);
    expect(kinds('Mannerheimintie on ruuhkainen, linja 12 myöhästyi.')).toEqual([]);
  });

  it('finds street addresses without a postal code when the street says it is one', () => {
    expect(kinds('Asuu Mannerheimintie 12 B 5 ja soitti.')).toEqual([
      ['address', 'Mannerheimintie 12 B 5'],
    ]);
    expect(kinds('Asunto Hämeenkatu 10 A 3:ssa oli kylmä.')).toEqual([
      ['address', 'Hämeenkatu 10 A 3'],
    ]);
    expect(kinds('Kuusikkotie 4 as. 7, Iso Roobertinkatu 3, Lars Sonckin kaari 12 b')).toEqual([
      ['address', 'Kuusikkotie 4 as. 7'],
      ['address', 'Iso Roobertinkatu 3'],
      ['address', 'Lars Sonckin kaari 12 b'],
    ]);
    expect(kinds('Sivu 12, Huone 204, Vaihe 3 ja Kylpylä 2 ovat ennallaan.')).toEqual([]);
    // Found by the property test below: the address took " - 040" of the phone number after it.
    expect(kinds('Kuusikkotie 4 as. 7 - 040 123 4567, Hämeenkatu 3–5 B 2')).toEqual([
      ['address', 'Kuusikkotie 4 as. 7'],
      ['phone', '040 123 4567'],
      ['address', 'Hämeenkatu 3–5 B 2'],
    ]);
  });
});

describe('names from the list', () => {
  const names = [
    { name: 'Äijälä', role: 'staff' as const },
    { name: 'Sönke Åberg', role: 'customer' as const },
    { name: 'Pekka Virtanen', role: 'staff' as const },
  ];

  it('finds names with ä ö å, in any case, inflected, and whole names before parts', () => {
    expect(kinds('Äijälälle kiitos. äijälän palvelu oli hyvää.', names)).toEqual([
      ['name', 'Äijälälle'],
      ['name', 'äijälän'],
    ]);
    expect(kinds('Sönke Åberg kysyi, ja Åbergille vastattiin.', names)).toEqual([
      ['name', 'Sönke Åberg'],
      ['name', 'Åbergille'],
    ]);
    expect(kinds('Pekan ja Virtasen mukaan Pekka Virtanen oli paikalla.', names)).toEqual([
      ['name', 'Pekan'],
      ['name', 'Virtasen'],
      ['name', 'Pekka Virtanen'],
    ]);
  });

  it('does not find a name inside another word', () => {
    expect(kinds('Äijäläinen? Ei. Pekkasen kanssa.', names)).toEqual([]);
  });

  it('takes one word of a longer name in lower case for an ordinary word', () => {
    const roles = [{ name: 'Spa therapist', role: 'staff' as const }];
    expect(kinds('The spa opening hours were wrong.', roles)).toEqual([]);
    expect(kinds('Ask the spa therapist, or Spa the next day.', roles)).toEqual([
      ['name', 'spa therapist'],
      ['name', 'Spa'],
    ]);
    expect(kinds('pekka virtanen ja pekan kaveri', names)).toEqual([['name', 'pekka virtanen']]);
  });
});

describe('replacing hits', () => {
  const piece = fc.string({
    unit: fc.constantFrom(...'abcåäö ÅÄÖ.,!?\n-'.split('')),
    maxLength: 20,
  });
  const sensitive = fc.constantFrom(
    '131052-308T',
    'matti.meikalainen@example.fi',
    '040 123 4567',
    '+358 40 1234567',
    'Mannerheimintie 12 B 5, 00100 Helsinki',
    'Åsa Öhman',
    '131052-308t',
    'Hämeenkatu 10 A 3',
    'Kuusikkotie 4 as. 7',
    '358 40 123 4567',
    '00358 40 123 4567',
  );

  it('finds every piece of personal data put into text and changes nothing outside the hits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sensitive), { maxLength: 5 }), piece, (parts, tail) => {
        // Separate the pieces with spaces so they stay whole words.
        const text = parts.map(([before, secret]) => `${before} ${secret} `).join('') + tail;
        const hits = findPersonalData(text, [{ name: 'Åsa Öhman', role: 'customer' }]);
        expect(hits.map((hit) => hit.text)).toEqual(parts.map(([, secret]) => secret));
        const redacted = replaceHits(text, hits, () => '[X]');
        const expected = parts.map(([before]) => `${before} [X] `).join('') + tail;
        expect(redacted).toBe(expected);
      }),
    );
  });

  it('leaves text without hits exactly as it was', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const hits = findPersonalData(text);
        expect(replaceHits(text, [], () => '[X]')).toBe(text);
        // Whatever is found, the text between hits is kept character for character.
        const redacted = replaceHits(text, hits, () => '\u0000');
        const kept = redacted.split('\u0000');
        let position = 0;
        hits.forEach((hit, index) => {
          expect(kept[index]).toBe(text.slice(position, hit.start));
          position = hit.end;
        });
        expect(kept.at(-1)).toBe(text.slice(position));
      }),
    );
  });
});
