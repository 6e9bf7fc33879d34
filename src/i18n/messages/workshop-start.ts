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
      'Proposes {stages} journey stages, {segments} segments and {ideas} action ideas.',
    'start.earlierLabel': 'Earlier workshop',
    'start.earlierHint':
      'Copies everything from it (evidence, journey, ratings, actions), so you can assess again and compare.',
    'start.noEarlier': 'No earlier workshops yet.',
    'start.wizardLink': 'Self-assessment, step by step',
    'start.selfHint': 'A guided wizard takes you through the method step by step.',
  },
  fi: {
    'start.legend': 'Mistä aloitetaan',
    'start.empty': 'Tyhjästä',
    'start.template': 'Toimialan mallipohjasta',
    'start.earlier': 'Aiemmasta työpajasta (uusintoarviointi)',
    'start.templateLabel': 'Toimialan mallipohja',
    'start.templateHint':
      'Ehdottaa asiakaspolun vaiheet kosketuspisteineen, asiakasryhmät, palautteen lähteet ja tyypillisiä toimenpiteitä. Kaikkea voi muokata.',
    'start.templateProposes':
      'Ehdottaa {stages} polun vaihetta, {segments} asiakasryhmää ja {ideas} toimenpide-ehdotusta.',
    'start.earlierLabel': 'Aiempi työpaja',
    'start.earlierHint':
      'Kopioi siitä kaiken (havainnot, polun, arviot, toimenpiteet), jotta voit arvioida uudelleen ja verrata.',
    'start.noEarlier': 'Aiempia työpajoja ei vielä ole.',
    'start.wizardLink': 'Itsearviointi vaihe vaiheelta',
    'start.selfHint': 'Ohjattu eteneminen vie sinut menetelmän läpi vaihe vaiheelta.',
  },
});
