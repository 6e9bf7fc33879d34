import { defineMessages } from '../define';

/** How a new workshop starts: empty, from a sector template or from an earlier workshop. */
export const workshopStartMessages = defineMessages({
  en: {
    'start.legend': 'How to start',
    'start.empty': 'Start empty',
    'start.template': 'From a sector template',
    'start.earlier': 'From an earlier workshop (re-assessment)',
    'start.templateLabel': 'Sector template',
    'start.templateHint':
      'Proposes journey stages with touchpoints, customer segments, evidence sources and typical actions. Everything can be edited.',
    'start.templateProposes':
      'Proposes journey stages: {stages}, customer segments: {segments}, action ideas: {ideas}.',
    'start.earlierLabel': 'Earlier workshop',
    'start.earlierHint':
      'Copies everything from it (evidence, journey, ratings and actions), so you can assess again and compare.',
    'start.noEarlier': 'No earlier workshops yet.',
    'start.wizardLink': 'Self-assessment, step by step',
    'start.selfHint': 'A guided wizard takes you through the method step by step.',
  },
  fi: {
    'start.legend': 'Mistä aloitetaan',
    'start.empty': 'Tyhjästä',
    'start.template': 'Toimialan mallipohjasta',
    'start.earlier': 'Aiemmasta työpajasta (uusinta-arviointi)',
    'start.templateLabel': 'Toimialan mallipohja',
    'start.templateHint':
      'Ehdottaa asiakaspolun vaiheet kohtaamispisteineen, asiakasryhmät, palautteen lähteet ja tyypillisiä toimenpiteitä. Kaikkea voi muokata.',
    'start.templateProposes':
      'Ehdotuksia: asiakaspolun vaiheita {stages}, asiakasryhmiä {segments}, toimenpiteitä {ideas}.',
    'start.earlierLabel': 'Aiempi työpaja',
    'start.earlierHint':
      'Kopioi siitä kaiken (havainnot, asiakaspolun, arviot ja toimenpiteet), jotta voit arvioida uudelleen ja verrata.',
    'start.noEarlier': 'Aiempia työpajoja ei vielä ole.',
    'start.wizardLink': 'Itsearviointi vaihe vaiheelta',
    'start.selfHint': 'Ohjattu itsearviointi vie sinut menetelmän läpi vaihe vaiheelta.',
  },
});
