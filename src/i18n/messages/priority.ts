import { defineMessages } from '../define';

/** Why an action stands where it does in the suggested order (Prioritise screen and PDF). */
export const priorityMessages = defineMessages({
  en: {
    'order.why': 'Why here: {reason}',
    'priority.gap.largest': 'addresses the largest gap ({name}: {gap} × importance {importance})',
    'priority.gap.ranked': 'addresses gap no. {rank} ({name}: {gap} × importance {importance})',
    'priority.gaps':
      'addresses {count} gaps, the heaviest no. {rank} ({name}: {gap} × importance {importance})',
    'priority.gap.none': 'addresses nothing on the gap list',
    'priority.gap.unlinked': 'not linked to a gap',
    'priority.impact.high': 'high impact',
    'priority.impact.medium': 'moderate impact',
    'priority.impact.low': 'low impact',
    'priority.impact.unrated': 'impact not rated',
    'priority.effort.high': 'high effort',
    'priority.effort.medium': 'moderate effort',
    'priority.effort.low': 'low effort',
    'priority.effort.unrated': 'effort not rated',
    'priority.dots': 'the team’s dots: {count}',
  },
  fi: {
    'order.why': 'Miksi tässä: {reason}',
    'priority.gap.largest': 'vastaa suurimpaan eroon ({name}: {gap} × tärkeys {importance})',
    'priority.gap.ranked': 'vastaa eroon nro {rank} ({name}: {gap} × tärkeys {importance})',
    'priority.gaps':
      'vastaa {count} eroon, painavimpana nro {rank} ({name}: {gap} × tärkeys {importance})',
    'priority.gap.none': 'ei vastaa mihinkään erolistan eroon',
    'priority.gap.unlinked': 'ei kytketty mihinkään eroon',
    'priority.impact.high': 'suuri vaikuttavuus',
    'priority.impact.medium': 'kohtalainen vaikuttavuus',
    'priority.impact.low': 'pieni vaikuttavuus',
    'priority.impact.unrated': 'vaikuttavuutta ei arvioitu',
    'priority.effort.high': 'suuri työmäärä',
    'priority.effort.medium': 'kohtalainen työmäärä',
    'priority.effort.low': 'pieni työmäärä',
    'priority.effort.unrated': 'työmäärää ei arvioitu',
    'priority.dots': 'tiimin pisteet: {count}',
  },
});
