import { defineMessages } from '../define';

/** The customer relationship, now and as the change we want to make (issue 18, item 7). */
export const relationshipMessages = defineMessages({
  en: {
    'relationship.current': 'The customer relationship now',
    'relationship.currentHint':
      'Look beyond single visits: how does a relationship with us begin, grow and end? Where does it weaken before a customer leaves?',
    'relationship.target': 'The change we want to make in our customers’ world',
    'relationship.targetHint':
      'What will be different for our customers, in their work or their lives, because they are our customers? Say it from their side.',
  },
  fi: {
    'relationship.current': 'Asiakkuus nyt',
    'relationship.currentHint':
      'Katsokaa yksittäisiä käyntejä pidemmälle: miten asiakkuus meillä alkaa, kehittyy ja päättyy? Missä kohdassa se heikkenee ennen kuin asiakas lähtee?',
    'relationship.target': 'Muutos, jonka haluamme saada aikaan asiakkaidemme maailmassa',
    'relationship.targetHint':
      'Mikä asiakkaidemme työssä tai elämässä on toisin siksi, että he ovat asiakkaitamme? Kertokaa se heidän näkökulmastaan.',
  },
});
