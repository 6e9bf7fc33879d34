import { defineMessages } from '../define';

/** The indicators read at the follow-up reviews, their trend on screen and in the plan (issue 19). */
export const indicatorReadingMessages = defineMessages({
  en: {
    'readings.legend': 'Indicator readings at this review',
    'readings.legendHint':
      'Write each reading as the baseline is written, e.g. 32% or 8.4. Leave a field empty if it was not measured.',
    'readings.unit': 'unit {unit}',
    'readings.baseline': 'baseline {value}',
    'readings.target': 'target {value}',
    'readings.targetBy': 'target {value} by {date}',
    'readings.trend': 'Indicators over the reviews',
    'readings.intro':
      "Each indicator's baseline and its readings at the reviews. The dashed line is the target.",
    'readings.needReading':
      "The indicators' trend appears once a review records their readings: fill them in on a review.",
    'readings.notFigures': 'The readings are not figures, so they are shown as a table.',
    'readings.tableCaption': '{name}: baseline, readings at the reviews and target',
    'readings.showTable': 'Show the readings as a table',
    'readings.when': 'When',
    'readings.reading': 'Reading',
    'readings.undated': 'Review without a date',
    'readings.atReview': 'Indicators: {list}',
  },
  fi: {
    'readings.legend': 'Mittarien lukemat tässä seurantakatsauksessa',
    'readings.legendHint':
      'Kirjoita lukema samaan tapaan kuin lähtötaso, esimerkiksi 32 % tai 8,4. Jätä kenttä tyhjäksi, jos mittaria ei mitattu.',
    'readings.unit': 'yksikkö {unit}',
    'readings.baseline': 'lähtötaso {value}',
    'readings.target': 'tavoite {value}',
    'readings.targetBy': 'tavoite {value} {date} mennessä',
    'readings.trend': 'Mittarien kehitys',
    'readings.intro':
      'Kunkin mittarin lähtötaso ja lukemat seurantakatsauksissa. Katkoviiva on tavoite.',
    'readings.needReading':
      'Mittarien kehitys näkyy, kun niiden lukemat on kirjattu johonkin seurantakatsaukseen.',
    'readings.notFigures': 'Lukemat eivät ole lukuja, joten ne näytetään taulukkona.',
    'readings.tableCaption': '{name}: lähtötaso, lukemat seurantakatsauksissa ja tavoite',
    'readings.showTable': 'Näytä lukemat taulukkona',
    'readings.when': 'Ajankohta',
    'readings.reading': 'Lukema',
    'readings.undated': 'Seurantakatsaus ilman päivämäärää',
    'readings.atReview': 'Mittarit: {list}',
  },
});
