import type { SectorTemplate } from './types';

export const educationTraining: SectorTemplate = {
  id: 'educationTraining',
  content: {
    en: {
      name: 'Education and training',
      description:
        'Schools, vocational and adult education, course providers and training companies.',
      stages: [
        {
          name: 'Choosing a course',
          touchpoints: ['Course descriptions', 'Guidance before applying'],
        },
        { name: 'Starting', touchpoints: ['Enrolment and welcome', 'First week'] },
        { name: 'Studying', touchpoints: ['Teaching and feedback', 'Getting help when stuck'] },
        {
          name: 'Finishing',
          touchpoints: ['Assessment and certificate', 'Alumni and further studies'],
        },
      ],
      segments: [
        { name: 'Young students', needs: 'Structure, encouragement and a safe group' },
        {
          name: 'Adult learners',
          needs: 'Flexible schedules and recognition of what they already know',
        },
        { name: 'Employers who send staff', needs: 'Relevant content and reports on progress' },
      ],
      evidenceSources: [
        'Course feedback forms',
        'Student council meetings',
        'Guidance counsellor notes',
        'Employer partner feedback',
      ],
      actionIdeas: [
        {
          category: 'serviceDevelopment',
          principleId: 'recognisingNeeds',
          text: 'Hold a short goal conversation with every new student in the first two weeks',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Publish one weekly message per group: what happened, what is next, where to get help',
        },
        {
          category: 'feedbackSystem',
          principleId: 'situationalAwareness',
          text: 'Ask for mid-course feedback and tell students what changed because of it',
        },
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Share among teachers how they notice and approach a student who is falling behind',
        },
      ],
    },
    fi: {
      name: 'Koulutus ja oppilaitokset',
      description:
        'Koulut, ammatillinen ja aikuiskoulutus, kurssien järjestäjät ja koulutusyritykset.',
      stages: [
        { name: 'Koulutuksen valinta', touchpoints: ['Kurssikuvaukset', 'Ohjaus ennen hakua'] },
        {
          name: 'Aloittaminen',
          touchpoints: ['Ilmoittautuminen ja aloituspäivä', 'Ensimmäinen viikko'],
        },
        { name: 'Opiskelu', touchpoints: ['Opetus ja palaute', 'Apu, kun opinnot takkuavat'] },
        {
          name: 'Valmistuminen',
          touchpoints: ['Arviointi ja todistus', 'Alumnit ja jatko-opinnot'],
        },
      ],
      segments: [
        { name: 'Nuoret opiskelijat', needs: 'Selkeä rakenne, rohkaisu ja turvallinen ryhmä' },
        { name: 'Aikuisopiskelijat', needs: 'Joustavat aikataulut ja osaamisen tunnustaminen' },
        {
          name: 'Henkilöstöään kouluttavat työnantajat',
          needs: 'Osuva sisältö ja raportit edistymisestä',
        },
      ],
      evidenceSources: [
        'Kurssipalautelomakkeet',
        'Opiskelijakunnan kokoukset',
        'Opinto-ohjaajan muistiinpanot',
        'Työnantajakumppanien palaute',
      ],
      actionIdeas: [
        {
          category: 'serviceDevelopment',
          principleId: 'recognisingNeeds',
          text: 'Käydään jokaisen uuden opiskelijan kanssa lyhyt tavoitekeskustelu kahden ensimmäisen viikon aikana',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Julkaistaan ryhmälle viikoittain viesti: mitä tapahtui, mitä seuraavaksi, mistä saa apua',
        },
        {
          category: 'feedbackSystem',
          principleId: 'situationalAwareness',
          text: 'Kerätään palautetta kesken kurssin ja kerrotaan opiskelijoille, mitä sen takia muutettiin',
        },
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Jaetaan opettajien kesken, miten jälkeen jäävä opiskelija huomataan ja miten häntä lähestytään',
        },
      ],
    },
  },
};
