import type { Language } from '../types';

/** Words for the sample's finer details: lanes, tags, comments, effects and review notes. */
export type FinishingTexts = {
  /** Feels, knows, does per touchpoint, by position in the journey (0 = first touchpoint). */
  lanes: Record<number, [string, string, string]>;
  /** Tags per evidence item, by position in the evidence list. */
  tags: Record<number, string[]>;
  /** Rating comments: participant, principle (both by position), text, evidence it cites. */
  comments: [number, number, string, number | null][];
  /** Expected effect per action, by position. */
  effects: string[];
  /** Notes on the first actions at the held review. */
  reviewNotes: string[];
  /** The spa therapist's comment on the workload when staff rated their experience again. */
  staffReviewComment: string;
};

export const FINISHING_TEXTS: Record<Language, FinishingTexts> = {
  en: {
    lanes: {
      1: ['Relieved to reach a person', 'Which package suits us', 'Asks and books by phone'],
      3: ['Wants to rest at last', 'Where things are in the room', 'Unpacks, looks at the lake'],
      4: ['Hungry, a little impatient', 'Whether a table is free', 'Waits for a table and coffee'],
      5: ['Calm and looked after', 'What the treatment includes', 'Relaxes, books another time'],
      6: ['Content, slightly rushed', 'Whether the bill is right', 'Checks the bill, leaves'],
      7: [
        'Warm memories or a sour taste',
        'Whether anyone reads feedback',
        'Recommends or stays silent',
      ],
    },
    tags: {
      1: ['Friday', 'peak time'],
      2: ['Friday', 'staffing'],
      5: ['meeting guests', 'sales'],
      10: ['text message'],
      14: ['peak time', 'phone'],
      16: ['sales'],
      22: ['sales'],
      28: ['families', 'peak time'],
    },
    comments: [
      [0, 0, 'Guests write about our staff by name: that is rare.', 0],
      [3, 3, 'Friday check-in is chaos; we cannot greet anyone while the phone rings.', 2],
      [3, 5, 'We hear about sales promises from the guest, not from sales.', 22],
      [5, 5, 'The kitchen does not know about allergies until the order comes in.', null],
      [1, 4, 'We keep our promises to meeting groups, but invoices go wrong.', 25],
      [4, 6, 'Small gestures in the spa get the most praise.', 17],
    ],
    effects: [
      'Fewer complaints about waiting; guests know how long the queue is',
      'Every shift knows the week’s feedback and acts on it',
      'No guest hears “we did not know” about something they were promised',
      'Calm, personal service even at peak times',
      'Management sees feedback trends every month and follows up',
    ],
    reviewNotes: [
      'Screen in use on Fridays; Sundays next.',
      'Held three times; the evening shift wants its own.',
    ],
    staffReviewComment: 'The extra morning shift at check-out gives me time to talk with guests.',
  },
  fi: {
    lanes: {
      1: [
        'Helpottunut, kun tavoitti ihmisen',
        'Mikä paketti sopii meille',
        'Kysyy ja varaa puhelimessa',
      ],
      3: ['Haluaa vihdoin levätä', 'Missä huoneen tavarat ovat', 'Purkaa laukut, katsoo järvelle'],
      4: ['Nälkäinen, vähän kärsimätön', 'Onko vapaata pöytää', 'Odottaa pöytää ja kahvia'],
      5: ['Rauhallinen, hyvässä hoidossa', 'Mitä hoitoon sisältyy', 'Rentoutuu, varaa uuden ajan'],
      6: ['Tyytyväinen, hieman kiireinen', 'Onko lasku oikein', 'Tarkistaa laskun ja lähtee'],
      7: [
        'Lämpimät muistot tai paha mieli',
        'Lukeeko kukaan palautetta',
        'Suosittelee tai vaikenee',
      ],
    },
    tags: {
      1: ['perjantai', 'ruuhka'],
      2: ['perjantai', 'miehitys'],
      5: ['kokousasiakkaat', 'myynti'],
      10: ['tekstiviesti'],
      14: ['ruuhka', 'puhelin'],
      16: ['myynti'],
      22: ['myynti'],
      28: ['lapsiperheet', 'ruuhka'],
    },
    comments: [
      [0, 0, 'Vieraat kirjoittavat henkilökunnasta nimeltä: se on harvinaista.', 0],
      [3, 3, 'Perjantain sisäänkirjautuminen on kaaosta; emme ehdi tervehtiä, kun puhelin soi.', 2],
      [3, 5, 'Kuulemme myynnin lupauksista vieraalta, emme myynniltä.', 22],
      [5, 5, 'Keittiö ei tiedä allergioista ennen kuin tilaus tulee.', null],
      [1, 4, 'Pidämme lupauksemme kokousryhmille, mutta laskut menevät väärin.', 25],
      [4, 6, 'Kylpylän pienet eleet saavat eniten kiitosta.', 17],
    ],
    effects: [
      'Vähemmän moitteita odottamisesta; vieras tietää jonon pituuden',
      'Jokainen vuoro tuntee viikon palautteen ja toimii sen mukaan',
      'Yksikään vieras ei kuule luvatusta asiasta, ettei siitä tiedetty',
      'Rauhallista, henkilökohtaista palvelua myös ruuhkassa',
      'Johto näkee palautteen kehityksen joka kuukausi ja tarttuu siihen',
    ],
    reviewNotes: [
      'Näyttö käytössä perjantaisin; seuraavaksi sunnuntait.',
      'Pidetty kolme kertaa; iltavuoro haluaa omansa.',
    ],
    staffReviewComment: 'Aamun lisävuoro uloskirjautumisessa antaa aikaa jutella vieraiden kanssa.',
  },
};
