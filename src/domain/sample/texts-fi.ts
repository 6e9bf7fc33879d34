import type { SampleTexts } from './sample-texts';

export const sampleTextsFi: SampleTexts = {
  organisation: 'Kylpylähotelli Järvisydän (esimerkki)',
  title: 'Palvelukulttuurityöpaja 2026',
  facilitator: 'Aino Esimerkki',
  currentStatement:
    'Asiakkaat kehuvat henkilökuntaamme lämpimäksi ja avuliaaksi, kun palvelutilanne ehditään hoitaa rauhassa. Ruuhka-aikoina vastaanotossa ja ravintolassa joudutaan jonottamaan, eikä asiakas saa tietoa odotuksen pituudesta. Osastot näkevät palvelun eri tavoin: myynnin lupaukset eivät aina ole vastaanoton tiedossa. Palautetta kerätään, mutta sitä ei käsitellä yhdessä eikä siitä kerrota johdolle säännöllisesti.',
  strengths: [
    'Henkilökunnan lämpö ja aito kohtaaminen saavat paljon kiitosta',
    'Kylpyläosaston elämykset ylittävät odotukset',
    'Pitkäaikaiset työntekijät tuntevat vakioasiakkaat nimeltä',
  ],
  weaknesses: [
    'Jonot vastaanotossa perjantaisin ja sunnuntaisin, eikä odotuksesta kerrota',
    'Myynnin lupaukset eivät välity vastaanottoon ja ravintolaan',
    'Verkkovarauksen virheet korjataan vasta paikan päällä',
    'Palautetta ei käsitellä yhdessä',
  ],
  targetStatement:
    'Jokainen vieras tuntee olevansa odotettu: hänet kohdataan kiireettä, hänen tarpeensa selvitetään ennen kuin hän joutuu pyytämään, ja hän tietää aina, mitä seuraavaksi tapahtuu. Lupaamme vain sen, minkä pystymme pitämään, ja koko talo tietää, mitä on luvattu. Ongelman sattuessa korjaamme sen hieman yli odotusten.',
  review: {
    reporter: 'Laatupäällikkö',
    format: 'Johtoryhmän kokous, 15 minuuttia ja yhden sivun raportti',
    notes:
      'Jonotiedote on käytössä perjantaisin. Palautehetki on pidetty kolme kertaa; henkilöstö toivoo sitä myös iltavuoroon.',
  },
  actions: [
    {
      title: 'Jonotilanteesta kertominen vastaanotossa: odotusaika näkyviin ja tervehdys heti',
      owner: 'Vastaanoton esihenkilö',
      dueInDays: 14,
      status: 'inProgress',
      category: 'serviceDevelopment',
      impact: 5,
      effort: 2,
      description:
        'Vastaanottoon näyttö, jossa odotusaika näkyy, ja jokaiselle jonottajalle katsekontakti ja tervehdys heti.',
    },
    {
      title: 'Viikoittainen 15 minuutin palautehetki koko vuorolle',
      owner: 'Hotellinjohtaja',
      dueInDays: 21,
      status: 'planned',
      category: 'sharedReflection',
      impact: 4,
      effort: 1,
      description: 'Perjantaisin vuoronvaihdossa käydään viikon kolme palautetta läpi.',
    },
    {
      title: 'Myynnin lupaukset yhteiseen varausjärjestelmään ennen saapumista',
      owner: 'Myyntipäällikkö',
      dueInDays: 60,
      status: 'planned',
      category: 'communicationGuidelines',
      impact: 5,
      effort: 4,
      description: 'Myynnin lupaukset kirjataan varaukselle ja vastaanotto tarkistaa ne joka aamu.',
    },
    {
      title: 'Asiakaspalvelukoulutus: kohtaaminen kiireen keskellä',
      owner: 'HR-asiantuntija',
      dueInDays: 90,
      status: 'idea',
      category: 'training',
      impact: 4,
      effort: 4,
      description: 'Puolen päivän harjoitus, jossa käydään läpi kuvattuja palvelutilanteita.',
    },
    {
      title: 'Palauteraportti johtoryhmälle kuukausittain',
      owner: 'Laatupäällikkö',
      dueInDays: 45,
      status: 'planned',
      category: 'feedbackSystem',
      impact: 3,
      effort: 2,
      description: 'Yhden sivun raportti: määrät, teemat ja kolme poimintaa.',
    },
  ],
};
