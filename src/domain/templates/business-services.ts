import type { SectorTemplate } from './types';

export const businessServices: SectorTemplate = {
  id: 'businessServices',
  content: {
    en: {
      name: 'Business-to-business services',
      description:
        'Consulting, maintenance, IT, logistics, accounting and other services for companies.',
      stages: [
        {
          name: 'Getting to know each other',
          touchpoints: ['First meeting', 'Offer and negotiation'],
        },
        {
          name: 'Starting the cooperation',
          touchpoints: ['Kick-off and onboarding', 'First delivery'],
        },
        { name: 'Ongoing service', touchpoints: ['Regular reporting', 'Handling incidents'] },
        { name: 'Renewal', touchpoints: ['Annual review', 'Contract renewal or ending'] },
      ],
      segments: [
        {
          name: 'Key accounts',
          needs: 'A named contact, proactive ideas and a say in development',
        },
        { name: 'Small business customers', needs: 'Simple pricing and fast answers' },
        { name: 'Purchasing departments', needs: 'Clear offers, terms and reliable invoicing' },
      ],
      evidenceSources: [
        'Account manager meeting notes',
        'Customer satisfaction survey',
        'Service desk tickets',
        'Lost deals and their reasons',
      ],
      actionIdeas: [
        {
          category: 'offers',
          principleId: 'responsibility',
          text: 'Have the delivery team read every offer before it is sent',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Draw the onboarding of a new customer as a checklist that both sides can see',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Tell the customer about an incident before they notice it themselves',
        },
        {
          category: 'sharedReflection',
          principleId: 'exceedingExpectations',
          text: 'Bring one improvement idea of our own to every annual review',
        },
      ],
    },
    fi: {
      name: 'Yrityspalvelut',
      description:
        'Konsultointi, kunnossapito, IT, logistiikka, taloushallinto ja muut palvelut yrityksille.',
      stages: [
        { name: 'Tutustuminen', touchpoints: ['Ensitapaaminen', 'Tarjous ja neuvottelu'] },
        {
          name: 'Yhteistyön aloitus',
          touchpoints: ['Aloituspalaveri ja perehdytys', 'Ensimmäinen toimitus'],
        },
        { name: 'Jatkuva palvelu', touchpoints: ['Säännöllinen raportointi', 'Häiriöiden hoito'] },
        {
          name: 'Jatkosta sopiminen',
          touchpoints: ['Vuosikatsaus', 'Sopimuksen jatko tai päättyminen'],
        },
      ],
      segments: [
        {
          name: 'Avainasiakkaat',
          needs: 'Nimetty yhteyshenkilö, oma-aloitteiset ideat ja sananvalta kehittämisessä',
        },
        { name: 'Pienyritysasiakkaat', needs: 'Selkeä hinnoittelu ja nopeat vastaukset' },
        { name: 'Hankintaosastot', needs: 'Selkeät tarjoukset, ehdot ja luotettava laskutus' },
      ],
      evidenceSources: [
        'Asiakkuuspäälliköiden tapaamismuistiot',
        'Asiakastyytyväisyyskysely',
        'Palvelupyynnöt',
        'Menetetyt kaupat ja niiden syyt',
      ],
      actionIdeas: [
        {
          category: 'offers',
          principleId: 'responsibility',
          text: 'Annetaan toimituksesta vastaavan tiimin lukea jokainen tarjous ennen lähettämistä',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Kootaan uuden asiakkaan aloituksesta tarkistuslista, jonka molemmat osapuolet näkevät',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Kerrotaan asiakkaalle häiriöstä ennen kuin hän huomaa sen itse',
        },
        {
          category: 'sharedReflection',
          principleId: 'exceedingExpectations',
          text: 'Tuodaan jokaiseen vuosikatsaukseen yksi oma parannusehdotus',
        },
      ],
    },
  },
};
