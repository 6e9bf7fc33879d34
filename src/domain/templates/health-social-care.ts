import type { SectorTemplate } from './types';

export const healthSocialCare: SectorTemplate = {
  id: 'healthSocialCare',
  content: {
    en: {
      name: 'Health and social care',
      description: 'Clinics, home care, care homes, therapy and social services.',
      stages: [
        { name: 'Seeking help', touchpoints: ['Phone triage', 'Online booking'] },
        { name: 'First visit', touchpoints: ['Reception and waiting', 'Meeting the professional'] },
        {
          name: 'Care and treatment',
          touchpoints: ['Care plan explained', 'Contact between visits'],
        },
        {
          name: 'Follow-up',
          touchpoints: ['Results and next steps', 'Ending or transfer of care'],
        },
      ],
      segments: [
        {
          name: 'Patients or clients themselves',
          needs: 'Being heard, understanding their own care',
        },
        { name: 'Relatives and carers', needs: 'Knowing whom to ask and being kept informed' },
        { name: 'Referring partners', needs: 'Clear handovers and quick answers' },
      ],
      evidenceSources: [
        'Patient feedback survey',
        'Feedback to the patient ombudsman',
        'Conversations with relatives',
        'Nurses’ shift observations',
      ],
      actionIdeas: [
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Start every appointment by asking what matters most to the client today',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Give every client a short written summary of what was agreed and whom to call',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'situationalAwareness',
          text: 'Call back clients waiting longer than promised before they have to call again',
        },
        {
          category: 'sharedReflection',
          principleId: 'responsibility',
          text: 'Review one handover between units each month from the client’s point of view',
        },
      ],
    },
    fi: {
      name: 'Sosiaali- ja terveyspalvelut',
      description: 'Vastaanotot, kotihoito, hoivakodit, terapia ja sosiaalipalvelut.',
      stages: [
        {
          name: 'Avun hakeminen',
          touchpoints: ['Hoidon tarpeen arvio puhelimessa', 'Ajanvaraus verkossa'],
        },
        {
          name: 'Ensimmäinen käynti',
          touchpoints: ['Vastaanotto ja odotus', 'Ammattilaisen tapaaminen'],
        },
        {
          name: 'Hoito ja palvelu',
          touchpoints: ['Hoitosuunnitelman läpikäynti', 'Yhteydenpito käyntien välillä'],
        },
        {
          name: 'Jatko',
          touchpoints: ['Tulokset ja seuraavat askeleet', 'Hoidon päättyminen tai siirto'],
        },
      ],
      segments: [
        { name: 'Potilaat ja asiakkaat itse', needs: 'Tulla kuulluksi ja ymmärtää oma hoitonsa' },
        { name: 'Omaiset ja läheiset', needs: 'Tietää, keneltä kysyä, ja pysyä ajan tasalla' },
        { name: 'Lähettävät yhteistyötahot', needs: 'Sujuvat hoidon siirrot ja nopeat vastaukset' },
      ],
      evidenceSources: [
        'Potilaspalautekysely',
        'Palaute potilasasiavastaavalle',
        'Keskustelut omaisten kanssa',
        'Hoitajien vuorohavainnot',
      ],
      actionIdeas: [
        {
          category: 'training',
          principleId: 'genuineEncounter',
          text: 'Aloitetaan jokainen käynti kysymällä, mikä on asiakkaalle tänään tärkeintä',
        },
        {
          category: 'communicationGuidelines',
          principleId: 'communication',
          text: 'Annetaan jokaiselle asiakkaalle lyhyt kirjallinen yhteenveto sovitusta ja yhteystiedoista',
        },
        {
          category: 'serviceDevelopment',
          principleId: 'situationalAwareness',
          text: 'Soitetaan luvattua pidempään odottaneille ennen kuin he joutuvat soittamaan uudelleen',
        },
        {
          category: 'sharedReflection',
          principleId: 'responsibility',
          text: 'Käydään kuukausittain yksi yksiköiden välinen siirto läpi asiakkaan näkökulmasta',
        },
      ],
    },
  },
};
