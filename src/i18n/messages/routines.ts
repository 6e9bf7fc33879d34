import { defineMessages } from '../define';

/** Routines: actions that become daily practice (issue 18, item 3). */
export const routineMessages = defineMessages({
  en: {
    'routine.kind': 'Kind of action',
    'routine.cadence.none': 'One-off project',
    'routine.cadence.daily': 'Daily routine',
    'routine.cadence.weekly': 'Weekly routine',
    'routine.cadence.monthly': 'Monthly routine',
    'routine.kindHint':
      'A routine is meant to become everyday practice: it repeats until you mark it done or dropped, and each follow-up review asks whether it happened.',
    'routine.title': 'Routines',
    'routine.intro':
      'Routines are not on the timeline: they repeat from their start date at their cadence. The calendar export writes each as one recurring event.',
    'routine.empty': 'No routines yet. Make an action a routine under its “More details”.',
    'routine.name': 'Routine',
    'routine.cadence': 'How often',
    'routine.since': 'From',
    'routine.latest': 'At the latest review',
    'routine.notAsked': 'Not asked yet',
    'routine.projects': 'Projects',
    'routine.outcome.happened': 'Happened',
    'routine.outcome.partly': 'Partly',
    'routine.outcome.missed': 'Did not happen',
    'routine.check.title': 'Did the routines happen?',
    'routine.check.guide':
      'Since the previous review, did each routine actually take place at its cadence?',
    'routine.check.none': 'Not answered',
    'routine.check.empty': 'No running routines to ask about.',
    'routine.summary':
      'Routines at this review: {happened} happened, {partly} partly, {missed} missed',
    'export.ics': 'Export the follow-up calendar (.ics)',
    'export.routineSummary': 'Routine: {title}',
  },
  fi: {
    'routine.kind': 'Toimenpiteen laji',
    'routine.cadence.none': 'Kertaluonteinen hanke',
    'routine.cadence.daily': 'Päivittäinen rutiini',
    'routine.cadence.weekly': 'Viikoittainen rutiini',
    'routine.cadence.monthly': 'Kuukausittainen rutiini',
    'routine.kindHint':
      'Rutiinista on tarkoitus tulla arkea. Se toistuu, kunnes merkitsette sen valmiiksi tai hylätyksi, ja jokaisessa seurantakatsauksessa kysytään, toteutuiko se.',
    'routine.title': 'Rutiinit',
    'routine.intro':
      'Rutiinit eivät ole aikajanalla, vaan ne toistuvat aloituspäivästään alkaen sovitussa tahdissa. Kalenterivienti kirjoittaa kunkin yhdeksi toistuvaksi tapahtumaksi.',
    'routine.empty':
      'Rutiineja ei vielä ole. Toimenpiteestä saa rutiinin sen kohdasta ”Lisätiedot”.',
    'routine.name': 'Rutiini',
    'routine.cadence': 'Kuinka usein',
    'routine.since': 'Alkaen',
    'routine.latest': 'Viimeisimmässä seurantakatsauksessa',
    'routine.notAsked': 'Ei vielä kysytty',
    'routine.projects': 'Hankkeet',
    'routine.outcome.happened': 'Toteutui',
    'routine.outcome.partly': 'Osittain',
    'routine.outcome.missed': 'Ei toteutunut',
    'routine.check.title': 'Toteutuivatko rutiinit?',
    'routine.check.guide':
      'Toteutuiko kukin rutiini sovitussa tahdissa edellisen seurantakatsauksen jälkeen?',
    'routine.check.none': 'Ei vastattu',
    'routine.check.empty': 'Käynnissä ei ole rutiineja, joista kysyä.',
    'routine.summary':
      'Rutiinit tässä seurantakatsauksessa: toteutui {happened}, osittain {partly}, ei toteutunut {missed}',
    'export.ics': 'Vie seurannan kalenteri (.ics)',
    'export.routineSummary': 'Rutiini: {title}',
  },
});
