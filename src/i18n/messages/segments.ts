import { defineMessages } from '../define';

/** Segments steer resources (issue 18, item 6). */
export const segmentMessages = defineMessages({
  en: {
    'segments.serves': 'Customer segments it serves',
    'segments.unnamed': 'Segment {n}',
    'segments.effortTitle': 'Effort by segment',
    'segments.effortGuide':
      'Where does the work go? Compare each segment’s share of the actions and effort with how much the segment matters. Link actions to segments under their “More details”.',
    'segments.segment': 'Customer segment',
    'segments.importance': 'Importance',
    'segments.actions': 'Actions',
    'segments.effort': 'Effort (sum)',
    'segments.unrated': 'of which effort not rated: {count}',
    'segments.none': 'Not linked to a segment',
    'segments.title': 'Customer segments',
    'segments.needs': 'Service needs',
  },
  fi: {
    'segments.serves': 'Asiakasryhmät, joita se palvelee',
    'segments.unnamed': 'Asiakasryhmä {n}',
    'segments.effortTitle': 'Työmäärä asiakasryhmittäin',
    'segments.effortGuide':
      'Mihin työ kohdistuu? Verratkaa kunkin asiakasryhmän osuutta toimenpiteistä ja työmäärästä siihen, kuinka tärkeä ryhmä on. Toimenpiteen voi kytkeä asiakasryhmiin sen kohdasta ”Lisätiedot”.',
    'segments.segment': 'Asiakasryhmä',
    'segments.importance': 'Tärkeys',
    'segments.actions': 'Toimenpiteitä',
    'segments.effort': 'Työmäärä yhteensä',
    'segments.unrated': 'joista työmäärää ei arvioitu: {count}',
    'segments.none': 'Ei kytketty asiakasryhmään',
    'segments.title': 'Asiakasryhmät',
    'segments.needs': 'Palvelutarpeet',
  },
});
