import { defineMessages } from '../define';

/** Word of mouth as two numbers, baseline and target, followed up (issue 18, item 5). */
export const wordOfMouthMessages = defineMessages({
  en: {
    'wom.title': 'Word of mouth',
    'wom.guide':
      'Two numbers, not one: how many people a customer tells about a good experience, and how many about a bad one. Raising the first is only half the aim; the other half is that fewer people hear about bad experiences. A target such as 3/18 → 6/12 asks for both.',
    'wom.baseline': 'Baseline (current state): {figure}',
    'wom.noBaseline':
      'No baseline yet: estimate both numbers under Current state → Segments and values.',
    'wom.targetGood': 'Target: people told about a good experience',
    'wom.targetBad': 'Target: people told about a bad experience',
    'wom.suggest': 'Start from {figure}',
    'wom.change': 'From {baseline} to {target}',
    'wom.reviewGood': 'Word of mouth now: told about a good experience',
    'wom.reviewBad': 'Word of mouth now: told about a bad experience',
    'wom.trend': 'Word of mouth over time',
    'wom.good': 'Told about a good experience',
    'wom.bad': 'Told about a bad experience',
    'wom.target': 'Target',
    'wom.atReview': 'Word of mouth: {figure}',
    'wom.indicatorName': 'Word of mouth (told about a good / a bad experience)',
  },
  fi: {
    'wom.title': 'Puskaradio',
    'wom.guide':
      'Kaksi lukua, ei yksi: kuinka monelle asiakas kertoo hyvästä kokemuksesta ja kuinka monelle huonosta. Ensimmäisen kasvattaminen on vain puolet tavoitteesta. Toinen puoli on se, että yhä harvempi kuulee huonoista kokemuksista. Tavoite 3/18 → 6/12 vaatii molempia.',
    'wom.baseline': 'Lähtötaso (nykytila): {figure}',
    'wom.noBaseline':
      'Lähtötasoa ei vielä ole. Arvioikaa molemmat luvut kohdassa Nykytila → Asiakasryhmät ja arvot.',
    'wom.targetGood': 'Tavoite: kuinka monelle kerrotaan hyvästä kokemuksesta',
    'wom.targetBad': 'Tavoite: kuinka monelle kerrotaan huonosta kokemuksesta',
    'wom.suggest': 'Aloita tavoitteesta {figure}',
    'wom.change': 'Lähtötasosta {baseline} tavoitteeseen {target}',
    'wom.reviewGood': 'Puskaradio nyt: kuinka monelle kerrotaan hyvästä kokemuksesta',
    'wom.reviewBad': 'Puskaradio nyt: kuinka monelle kerrotaan huonosta kokemuksesta',
    'wom.trend': 'Puskaradio ajan mittaan',
    'wom.good': 'Hyvästä kokemuksesta kerrotaan',
    'wom.bad': 'Huonosta kokemuksesta kerrotaan',
    'wom.target': 'Tavoite',
    'wom.atReview': 'Puskaradio: {figure}',
    'wom.indicatorName': 'Puskaradio (kuinka monelle kerrotaan hyvästä / huonosta kokemuksesta)',
  },
});
