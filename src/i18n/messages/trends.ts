import { defineMessages } from '../define';

/** The follow-up's trend charts, on screen and in the plan (issue 19). */
export const trendMessages = defineMessages({
  en: {
    'trend.intro':
      "Each principle's mean at the workshop and at every review where the principles were rated again. The dashed line is the target.",
    'trend.needTwo':
      'The trend appears once the principles have been rated again at a review: tick “Rate the principles again at this review” on a review and give the ratings.',
    'trend.needBaseline':
      'The workshop has no ratings yet, so the trend starts from the first review.',
    'trend.target': 'Target {value}',
    'trend.noTarget': 'No target set',
    'trend.showTable': 'Show the figures as a table',
    'trend.tableCaption': 'Mean per principle at the workshop and at each review, and the target',
    'trend.point': '{label} {value}',
    'trend.description': '{title}: {points}',
    'trend.noValue': 'no figure',
    'wom.moreIsBetter': 'More is better',
    'wom.fewerIsBetter': 'Fewer is better',
    'wom.needReview':
      'The trend appears once a review records how many people customers tell: fill in word of mouth on a review.',
  },
  fi: {
    'trend.intro':
      'Kunkin periaatteen keskiarvo työpajassa ja jokaisessa seurantakatsauksessa, jossa periaatteet arvioitiin uudelleen. Katkoviiva on tavoitetaso.',
    'trend.needTwo':
      'Kehitys näkyy, kun periaatteet on arvioitu uudelleen jossakin seurantakatsauksessa: valitse katsauksessa ”Arvioi periaatteet uudelleen tässä seurantakatsauksessa” ja anna arviot.',
    'trend.needBaseline':
      'Työpajassa ei vielä annettu arvioita, joten kehitys alkaa ensimmäisestä seurantakatsauksesta.',
    'trend.target': 'Tavoite {value}',
    'trend.noTarget': 'Tavoitetta ei ole asetettu',
    'trend.showTable': 'Näytä luvut taulukkona',
    'trend.tableCaption':
      'Periaatteiden keskiarvot työpajassa ja seurantakatsauksissa sekä tavoitetasot',
    'trend.point': '{label} {value}',
    'trend.description': '{title}: {points}',
    'trend.noValue': 'ei lukua',
    'wom.moreIsBetter': 'Mitä useampi, sitä parempi',
    'wom.fewerIsBetter': 'Mitä harvempi, sitä parempi',
    'wom.needReview':
      'Kehitys näkyy, kun puskaradion luvut on kirjattu johonkin seurantakatsaukseen.',
  },
});
