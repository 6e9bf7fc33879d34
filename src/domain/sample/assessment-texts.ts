import type { PrincipleId } from '../principles';
import type { Language, ParticipantGroup, StatementUseId } from '../types';

type Texts = {
  participants: [string, ParticipantGroup][];
  promises: [string, PrincipleId[]][];
  uses: [StatementUseId, string][];
  /** The spa therapist's comment on the staff check's workload statement. */
  workloadComment: string;
  indicators: {
    name: string;
    unit: string;
    baseline: string;
    target: string;
    method: string;
    months: number;
    /** What it read at the held follow-up review. */
    atReview: string;
  }[];
};

export const ASSESSMENT_TEXTS: Record<Language, Texts> = {
  fi: {
    participants: [
      ['Hotellinjohtaja', 'management'],
      ['Myyntipäällikkö', 'management'],
      ['Laatupäällikkö', 'management'],
      ['Vastaanoton työntekijä', 'customerFacing'],
      ['Kylpylän hoitaja', 'customerFacing'],
      ['Ravintolan tarjoilija', 'staff'],
    ],
    promises: [
      [
        'Tervehdimme sinua heti, kun saavut – myös silloin, kun jonossa on muita.',
        ['genuineEncounter', 'communication'],
      ],
      [
        'Kerromme aina, kuinka kauan odotus kestää ja mitä seuraavaksi tapahtuu.',
        ['communication', 'smoothness'],
      ],
      [
        'Se, mitä sinulle on luvattu varatessa, on tiedossa kaikkialla talossa.',
        ['responsibility', 'communication'],
      ],
    ],
    workloadComment:
      'Aamun uloskirjautumisruuhkassa ehdin vain ojentaa avaimen, en kysyä, miten loma meni.',
    uses: [
      ['recruiting', 'Kuvaus luetaan jokaisessa työhaastattelussa.'],
      ['onboarding', 'Ensimmäisen päivän perehdytys alkaa asiakaslupauksista.'],
      ['customerPromises', 'Lupaukset näkyvät verkkosivuilla ja vastaanotossa.'],
      ['serviceDesign', 'Uudet palvelut tarkistetaan kriittisten hetkien kautta.'],
    ],
    indicators: [
      {
        name: 'Vastaanottoa koskevien moitteiden osuus',
        unit: '%',
        baseline: '40 %',
        target: '15 %',
        method: 'Palautteiden luokittelu kuukausittain',
        months: 9,
        atReview: '32 %',
      },
      {
        name: 'Suositteluhalukkuus',
        unit: '0–10',
        baseline: '8,1',
        target: '9,0',
        method: 'Lähtökysely',
        months: 12,
        atReview: '8,4',
      },
    ],
  },
  en: {
    participants: [
      ['Hotel manager', 'management'],
      ['Sales manager', 'management'],
      ['Quality manager', 'management'],
      ['Receptionist', 'customerFacing'],
      ['Spa therapist', 'customerFacing'],
      ['Restaurant waiter', 'staff'],
    ],
    promises: [
      [
        'We greet you as soon as you arrive – even when others are queuing.',
        ['genuineEncounter', 'communication'],
      ],
      [
        'We always tell you how long the wait is and what happens next.',
        ['communication', 'smoothness'],
      ],
      [
        'What you were promised when booking is known everywhere in the hotel.',
        ['responsibility', 'communication'],
      ],
    ],
    workloadComment:
      'In the morning check-out rush I can only hand over the bill, never ask how the stay went.',
    uses: [
      ['recruiting', 'The statement is read in every job interview.'],
      ['onboarding', 'The first day of onboarding starts with the customer promises.'],
      ['customerPromises', 'The promises are shown on the website and at the reception.'],
      ['serviceDesign', 'New services are checked against the critical moments.'],
    ],
    indicators: [
      {
        name: 'Share of complaints about the reception',
        unit: '%',
        baseline: '40%',
        target: '15%',
        method: 'Monthly classification of feedback',
        months: 9,
        atReview: '32%',
      },
      {
        name: 'Likelihood to recommend',
        unit: '0–10',
        baseline: '8.1',
        target: '9.0',
        method: 'Departure survey',
        months: 12,
        atReview: '8.4',
      },
    ],
  },
};
