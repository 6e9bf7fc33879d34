import type { SectorTemplate } from './types';

export const retailHospitality: SectorTemplate = {
  id: 'retailHospitality',
  content: {
    en: {
      name: 'Retail and hospitality',
      description: 'Shops, cafés, restaurants, hotels and other places customers visit in person.',
      stages: [
        {
          name: 'Finding us',
          touchpoints: ['Online reviews and maps', 'Opening hours and booking'],
        },
        {
          name: 'Arriving',
          touchpoints: ['Greeting at the door', 'Waiting for a table or a till'],
        },
        { name: 'Being served', touchpoints: ['Advice and choosing', 'Paying'] },
        { name: 'Afterwards', touchpoints: ['Returns and complaints', 'Coming back'] },
      ],
      segments: [
        { name: 'Regulars', needs: 'Being recognised and having their usual choices remembered' },
        { name: 'First-time visitors', needs: 'Clear guidance and a warm welcome' },
        { name: 'Groups and families', needs: 'Space, patience and flexible arrangements' },
      ],
      evidenceSources: [
        'Online reviews',
        'Comment cards at the till',
        'Booking system messages',
        'Shift notes by staff',
      ],
      actionIdeas: [
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Agree how every customer is greeted within ten seconds of arriving',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Shorten the queue at peak hours with a second till or a pre-order option',
        },
        {
          category: 'feedbackSystem',
          principleId: 'responsibility',
          text: 'Answer every online review within two days, in a personal voice',
        },
        {
          category: 'sharedReflection',
          principleId: 'exceedingExpectations',
          text: 'Collect small gestures regulars have loved and make them everyone’s habit',
        },
      ],
    },
    fi: {
      name: 'Kauppa ja majoitus- ja ravitsemisala',
      description:
        'Kaupat, kahvilat, ravintolat, hotellit ja muut paikat, joissa asiakas asioi paikan päällä.',
      stages: [
        {
          name: 'Meidät löydetään',
          touchpoints: ['Verkkoarviot ja kartat', 'Aukioloajat ja varaus'],
        },
        { name: 'Saapuminen', touchpoints: ['Tervehdys ovella', 'Pöydän tai kassan odottaminen'] },
        { name: 'Palveltavana', touchpoints: ['Neuvonta ja valinta', 'Maksaminen'] },
        { name: 'Jälkeenpäin', touchpoints: ['Palautukset ja reklamaatiot', 'Uusi käynti'] },
      ],
      segments: [
        {
          name: 'Kanta-asiakkaat',
          needs: 'Tunnistetuksi tuleminen ja tavallisten valintojen muistaminen',
        },
        { name: 'Ensikertalaiset', needs: 'Selkeä opastus ja lämmin vastaanotto' },
        { name: 'Ryhmät ja perheet', needs: 'Tilaa, kärsivällisyyttä ja joustavia järjestelyjä' },
      ],
      evidenceSources: [
        'Verkkoarviot',
        'Palautekortit kassalla',
        'Varausjärjestelmän viestit',
        'Henkilöstön vuoromuistiinpanot',
      ],
      actionIdeas: [
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Sovitaan, miten jokaista asiakasta tervehditään kymmenen sekunnin kuluessa saapumisesta',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'smoothness',
          text: 'Lyhennetään ruuhkatuntien jonoa toisella kassalla tai ennakkotilauksella',
        },
        {
          category: 'feedbackSystem',
          principleId: 'responsibility',
          text: 'Vastataan jokaiseen verkkoarvioon henkilökohtaisesti kahden päivän kuluessa',
        },
        {
          category: 'sharedReflection',
          principleId: 'exceedingExpectations',
          text: 'Kerätään pienet eleet, joista kanta-asiakkaat ovat ilahtuneet, ja tehdään niistä kaikkien tapa',
        },
      ],
    },
  },
};
