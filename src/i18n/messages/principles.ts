import { defineMessages } from '../define';

/** The seven principles in our own words: name, one line, and anchors for 1, 3 and 5. */
export const principleMessages = defineMessages({
  en: {
    'principle.genuineEncounter': 'Genuine encounter',
    'principle.genuineEncounter.description':
      'We meet customers as people: present, unhurried and listening.',
    'principle.genuineEncounter.1': 'Customers are handled as cases; hurry and routine show.',
    'principle.genuineEncounter.3':
      'Most staff are friendly, but presence depends on the day and the rush.',
    'principle.genuineEncounter.5': 'Every customer feels seen and heard, even at peak times.',
    'principle.recognisingNeeds': 'Recognising needs',
    'principle.recognisingNeeds.description':
      'We are genuinely interested in the customer’s problem and see the whole picture.',
    'principle.recognisingNeeds.1': 'We answer only what is asked and often miss the real need.',
    'principle.recognisingNeeds.3':
      'We ask questions when there is time and usually find the need.',
    'principle.recognisingNeeds.5':
      'We ask, listen and solve the need before the customer has to spell it out.',
    'principle.situationalAwareness': 'Situational awareness',
    'principle.situationalAwareness.description':
      'We notice, anticipate and act at once; staff have the authority to serve.',
    'principle.situationalAwareness.1':
      'Problems are noticed late and every exception needs a manager.',
    'principle.situationalAwareness.3':
      'We react quickly to clear problems, but rarely anticipate.',
    'principle.situationalAwareness.5':
      'We see situations coming and everyone may solve them on the spot.',
    'principle.smoothness': 'Smoothness',
    'principle.smoothness.description':
      'Service runs without errors or needless hassle, in every channel.',
    'principle.smoothness.1': 'Customers meet errors, queues and repeated questions.',
    'principle.smoothness.3': 'The basics work, with occasional friction between channels.',
    'principle.smoothness.5':
      'Service is effortless and error-free wherever the customer comes in.',
    'principle.responsibility': 'Responsibility',
    'principle.responsibility.description':
      'We offer what the customer really needs, keep promises and are honest.',
    'principle.responsibility.1': 'Promises slip and nobody takes charge of the customer’s matter.',
    'principle.responsibility.3':
      'Promises are mostly kept; responsibility sometimes falls between people.',
    'principle.responsibility.5':
      'We keep every promise and care for the matter from start to end.',
    'principle.communication': 'Communication',
    'principle.communication.description':
      'The customer knows what happens at every stage; we share one picture of the service.',
    'principle.communication.1':
      'Customers have to chase information; departments tell different stories.',
    'principle.communication.3':
      'Customers are informed at the main stages, not always when things change.',
    'principle.communication.5':
      'Customers always know what happens next, and everyone gives the same answer.',
    'principle.exceedingExpectations': 'Exceeding expectations',
    'principle.exceedingExpectations.description':
      'Effortless service with inspiring details; problems handled a little beyond expectations.',
    'principle.exceedingExpectations.1': 'We do what is required and nothing more.',
    'principle.exceedingExpectations.3':
      'Some staff add small extras; problems are fixed as expected.',
    'principle.exceedingExpectations.5':
      'Customers regularly tell others about a delightful detail or a problem put right.',
  },
  fi: {
    'principle.genuineEncounter': 'Aito kohtaaminen',
    'principle.genuineEncounter.description':
      'Kohtaamme asiakkaat ihmisinä: läsnä, kiireettä ja kuunnellen.',
    'principle.genuineEncounter.1': 'Asiakkaita käsitellään tapauksina; kiire ja rutiini näkyvät.',
    'principle.genuineEncounter.3':
      'Useimmat ovat ystävällisiä, mutta läsnäolo riippuu päivästä ja kiireestä.',
    'principle.genuineEncounter.5':
      'Jokainen asiakas kokee tulevansa nähdyksi ja kuulluksi myös ruuhkassa.',
    'principle.recognisingNeeds': 'Tarpeiden tunnistaminen',
    'principle.recognisingNeeds.description':
      'Olemme aidosti kiinnostuneita asiakkaan ongelmasta ja näemme kokonaisuuden.',
    'principle.recognisingNeeds.1':
      'Vastaamme vain kysyttyyn ja ohitamme usein todellisen tarpeen.',
    'principle.recognisingNeeds.3': 'Kysymme, kun on aikaa, ja löydämme tarpeen yleensä.',
    'principle.recognisingNeeds.5':
      'Kysymme, kuuntelemme ja ratkaisemme tarpeen ennen kuin asiakkaan täytyy selittää sitä.',
    'principle.situationalAwareness': 'Tilannetaju',
    'principle.situationalAwareness.description':
      'Havaitsemme, ennakoimme ja toimimme heti; henkilöstöllä on valtuudet palvella.',
    'principle.situationalAwareness.1':
      'Ongelmat huomataan myöhään ja jokainen poikkeus vaatii esihenkilön.',
    'principle.situationalAwareness.3':
      'Reagoimme selviin ongelmiin nopeasti, mutta ennakoimme harvoin.',
    'principle.situationalAwareness.5': 'Ennakoimme tilanteet ja jokainen saa ratkaista ne heti.',
    'principle.smoothness': 'Sujuvuus',
    'principle.smoothness.description':
      'Palvelu toimii virheittä ja ilman turhaa vaivaa kaikissa kanavissa.',
    'principle.smoothness.1':
      'Asiakas kohtaa virheitä, jonoja ja samoja kysymyksiä moneen kertaan.',
    'principle.smoothness.3': 'Perusasiat toimivat, mutta kanavien välillä on ajoittain kitkaa.',
    'principle.smoothness.5':
      'Palvelu on vaivatonta ja virheetöntä, tuli asiakas mistä kanavasta tahansa.',
    'principle.responsibility': 'Vastuullisuus',
    'principle.responsibility.description':
      'Tarjoamme sitä, mitä asiakas todella tarvitsee, pidämme lupaukset ja olemme rehellisiä.',
    'principle.responsibility.1':
      'Lupaukset lipsuvat, eikä kukaan ota asiakkaan asiaa hoitaakseen.',
    'principle.responsibility.3':
      'Lupaukset pidetään yleensä; vastuu putoaa joskus ihmisten väliin.',
    'principle.responsibility.5':
      'Pidämme jokaisen lupauksen ja huolehdimme asiasta alusta loppuun.',
    'principle.communication': 'Viestintä',
    'principle.communication.description':
      'Asiakas tietää joka vaiheessa, mitä tapahtuu; meillä on yhteinen kuva palvelusta.',
    'principle.communication.1': 'Asiakas joutuu kyselemään tietoa; osastot kertovat eri tarinaa.',
    'principle.communication.3': 'Asiakkaalle kerrotaan päävaiheista, mutta muutoksista ei aina.',
    'principle.communication.5':
      'Asiakas tietää aina, mitä seuraavaksi tapahtuu, ja jokainen antaa saman vastauksen.',
    'principle.exceedingExpectations': 'Odotusten ylittäminen',
    'principle.exceedingExpectations.description':
      'Vaivatonta palvelua ja ilahduttavia yksityiskohtia; ongelmat hoidetaan hieman yli odotusten.',
    'principle.exceedingExpectations.1': 'Teemme sen, mitä vaaditaan, emmekä enempää.',
    'principle.exceedingExpectations.3':
      'Osa henkilöstöstä tekee pieniä lisäeleitä; ongelmat korjataan odotetusti.',
    'principle.exceedingExpectations.5':
      'Asiakkaat kertovat muille säännöllisesti ilahduttavasta yksityiskohdasta tai hienosti hoidetusta ongelmasta.',
  },
});
