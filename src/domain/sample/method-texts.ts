import type { Language, Workshop } from '../types';

type ChangeAgentFields = Pick<
  Workshop,
  | 'changeAgent'
  | 'changeAgentRole'
  | 'changeAgentMandate'
  | 'changeAgentTime'
  | 'sponsor'
  | 'sponsorRole'
  | 'commitment'
>;

/** The sample's words for the method in depth: the change agent and the sponsor's commitment. */
export type MethodTexts = {
  changeAgent: ChangeAgentFields;
  /** What the change agent reported at the held review. */
  changeAgentReport: string;
  relationship: Pick<Workshop, 'currentRelationship' | 'targetRelationship'>;
};

export const METHOD_TEXTS: Record<Language, MethodTexts> = {
  fi: {
    changeAgent: {
      changeAgent: 'Sanna Virtanen',
      changeAgentRole: 'Laatupäällikkö',
      changeAgentMandate:
        'Saa kutsua osastojen esihenkilöt koolle, muuttaa palautteen käsittelyn käytäntöjä ja käyttää koulutusbudjetista enintään 5 000 euroa ilman erillistä päätöstä.',
      changeAgentTime: 'Yksi päivä viikossa vuoden loppuun',
      sponsor: 'Matti Järvinen',
      sponsorRole: 'Hotellinjohtaja',
      commitment:
        'Johtoryhmä käy palvelukulttuurin edistymisen läpi jokaisessa kuukausikokouksessaan. Huolehdin siitä, että muutosagentin sovittu aika pysyy hänen käytössään, ja osallistun itse ensimmäisiin palautehetkiin.',
    },
    changeAgentReport:
      'Palautehetket ovat alkaneet vastaanotossa, mutta ravintolan työvuoroissa niille ei vielä ole aikaa. Ehdotan, että johtoryhmä varaa jokaiseen vuoroon vartin.',
    relationship: {
      currentRelationship:
        'Useimmat vieraat käyvät kerran tai kaksi vuodessa. Vakioasiakkaat tunnetaan nimeltä, mutta uudesta vieraasta tulee harvoin vakioasiakas: käynnin jälkeen emme ole yhteydessä, eikä kukaan kerro kanta-asiakasedusta. Yritysasiakkaiden kanssa asiakkuus hiipuu, kun yhteyshenkilö vaihtuu.',
      targetRelationship:
        'Vieraamme palaavat arkeensa levänneinä ja tietävät, että heitä odotetaan takaisin. Yritysasiakkaan henkilöstö saa meiltä yhteisen tauon, jonka järjestäminen ei vaadi tilaajalta vaivaa.',
    },
  },
  en: {
    changeAgent: {
      changeAgent: 'Sanna Virtanen',
      changeAgentRole: 'Quality manager',
      changeAgentMandate:
        'May call the department supervisors together, change how feedback is handled and spend up to €5,000 of the training budget without a separate decision.',
      changeAgentTime: 'One day a week until the end of the year',
      sponsor: 'Matti Järvinen',
      sponsorRole: 'Hotel director',
      commitment:
        'The management team goes through the progress of our service culture at every monthly meeting. I will make sure the change agent keeps the agreed time for this work, and I will join the first feedback huddles myself.',
    },
    changeAgentReport:
      'The feedback huddles have started at the reception, but the restaurant’s shifts leave no time for them yet. I propose that the management team reserves a quarter of an hour in every shift.',
    relationship: {
      currentRelationship:
        'Most guests visit once or twice a year. We know our regulars by name, yet a new guest seldom becomes one: we do not keep in touch after a stay, and nobody mentions the loyalty benefits. With business customers the relationship fades when their contact person changes.',
      targetRelationship:
        'Our guests go back to their everyday lives rested and knowing that they are welcome back. A business customer’s staff get a shared break from us that takes the organiser no effort to arrange.',
    },
  },
};
