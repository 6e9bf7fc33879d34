import type { SectorTemplate } from './types';

export const publicServices: SectorTemplate = {
  id: 'publicServices',
  content: {
    en: {
      name: 'Public and municipal services',
      description: 'Municipal offices, libraries, permits, sports and culture services, agencies.',
      stages: [
        {
          name: 'Finding the right service',
          touchpoints: ['Website and e-services', 'Phone switchboard'],
        },
        {
          name: 'Applying or booking',
          touchpoints: ['Forms and attachments', 'Appointment booking'],
        },
        {
          name: 'Handling the matter',
          touchpoints: ['Status of the application', 'Asking for more information'],
        },
        {
          name: 'Decision and after',
          touchpoints: ['Receiving the decision', 'Appeal or follow-up'],
        },
      ],
      segments: [
        { name: 'Residents', needs: 'Plain language and knowing where their matter stands' },
        { name: 'Local businesses', needs: 'Predictable timelines and one contact person' },
        {
          name: 'People needing extra support',
          needs: 'Time, accessible channels and help in person',
        },
      ],
      evidenceSources: [
        'Resident feedback system',
        'Phone service call notes',
        'Council members’ enquiries',
        'Customer service desk',
      ],
      actionIdeas: [
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Rewrite the five most used letters and decisions in plain language',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Show applicants online where their matter is and when to expect a decision',
        },
        {
          category: 'qualityManual',
          principleId: 'responsibility',
          text: 'Agree that the first person contacted finds the right colleague instead of giving a new number',
        },
        {
          category: 'training',
          principleId: 'recognisingNeeds',
          text: 'Practise asking what the resident is trying to achieve before explaining the rules',
        },
      ],
    },
    fi: {
      name: 'Julkiset ja kunnalliset palvelut',
      description:
        'Kuntien asiointipisteet, kirjastot, luvat, liikunta- ja kulttuuripalvelut, virastot.',
      stages: [
        {
          name: 'Oikean palvelun löytäminen',
          touchpoints: ['Verkkosivut ja sähköinen asiointi', 'Puhelinvaihde'],
        },
        { name: 'Hakeminen tai varaaminen', touchpoints: ['Lomakkeet ja liitteet', 'Ajanvaraus'] },
        { name: 'Asian käsittely', touchpoints: ['Hakemuksen tilanne', 'Lisätietopyyntö'] },
        {
          name: 'Päätös ja sen jälkeen',
          touchpoints: ['Päätöksen saaminen', 'Oikaisu tai jatkotoimet'],
        },
      ],
      segments: [
        { name: 'Asukkaat', needs: 'Selkeä kieli ja tieto siitä, missä vaiheessa oma asia on' },
        { name: 'Paikalliset yritykset', needs: 'Ennustettavat aikataulut ja yksi yhteyshenkilö' },
        {
          name: 'Erityistä tukea tarvitsevat',
          needs: 'Aikaa, saavutettavat kanavat ja apua kasvokkain',
        },
      ],
      evidenceSources: [
        'Asukaspalautejärjestelmä',
        'Puhelinpalvelun muistiinpanot',
        'Valtuutettujen tiedustelut',
        'Asiakaspalvelupiste',
      ],
      actionIdeas: [
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Kirjoitetaan viisi käytetyintä kirjettä ja päätöstä uudelleen selkeällä yleiskielellä',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Näytetään hakijalle verkossa, missä hänen asiansa on ja milloin päätös on odotettavissa',
        },
        {
          category: 'qualityManual',
          principleId: 'responsibility',
          text: 'Sovitaan, että asiakkaan ensimmäisenä tavoittama työntekijä etsii oikean kollegan sen sijaan, että antaisi uuden numeron',
        },
        {
          category: 'training',
          principleId: 'recognisingNeeds',
          text: 'Harjoitellaan kysymään, mitä asukas yrittää saada aikaan, ennen kuin sääntöjä selitetään',
        },
      ],
    },
  },
};
