import { defineMessages } from '../define';
import { staffStatementMessages } from './staff-statements';

/** The staff experience check (issue 18, item 1). */
export const staffMessages = defineMessages({
  en: {
    'current.nav.staff': 'Staff experience',
    'staff.title': 'Staff experience check',
    'staff.question': 'Do the people who serve customers have what good service needs?',
    'staff.guide':
      'Good customer experience rests on staff who enjoy their work, can be themselves, learn all the time and are encouraged by their managers. Rate each statement from 1 (not at all true) to 5 (entirely true). Staff answer most honestly in room mode or from their phones, without names.',
    'staff.statement': 'Statement {n} of {total}',
    'staff.previous': '← Previous statement',
    'staff.next': 'Next statement →',
    'staff.mode.principle': 'One statement at a time (projector)',
    'staff.mode.participant': 'One participant, all statements',
    'staff.bearsOn': 'Bears most on: {principles}',
    'staff.commentFor': 'Comment on {statement}',
    ...staffStatementMessages.en,
    'staff.liveRoom': 'Answer on phones in the live room',
    'staff.results.title': 'Staff experience beside the principles',
    'staff.results.statistics': 'Statistics per staff statement',
    'staff.results.statement': 'Staff statement',
    'staff.results.noRatings': 'Nobody has answered the staff experience check yet.',
    'staff.results.rate': 'Rate the staff experience',
    'staff.results.targetGap': 'Target (gap)',
    'staff.results.radar': 'Staff experience: current state and target',
    'staff.pairs.title': 'Where staff and customers disagree',
    'staff.pairs.guide':
      'Each staff statement is compared with the principles it bears on most. A difference of 1.0 point or more is shown, and so are spots where both sides stay below 3.',
    'staff.pairs.empty':
      'No disagreement: where both sides have ratings, staff and the customer side are within 1.0 point of each other.',
    'staff.pairs.missing':
      'The comparison needs ratings of both the staff statements and the principles.',
    'staff.pairs.staffLower':
      'Staff give “{statement}” a mean of {staff}, while “{principle}” has {customer} on the customer side: staff are {difference} points lower.',
    'staff.pairs.customerLower':
      'Staff give “{statement}” a mean of {staff}, while “{principle}” has only {customer} on the customer side: the customer side is {difference} points lower.',
    'staff.pairs.bothLow':
      'Both low: staff give “{statement}” a mean of {staff}, and “{principle}” has {customer} on the customer side.',
    'staff.targets.title': 'Target levels of the staff experience',
    'staff.targets.guide':
      'Where should each statement be? Its gap (target − current) weighs in the gap list and in the priority order just like a principle’s.',
    'gaps.kind.staff': 'Staff experience',
    'privacy.field.staffRatings': 'Staff experience comment',
    'staff.wizard.intro':
      'How is it to serve customers in your organisation? Answer as honestly as you can: how would your staff rate these, not how you hope they would. Later, ask them too.',
    'wizard.step.staff': 'Staff experience',
    'guide.selfStaff':
      'Answer the staff experience check as your staff would: climate, coaching, authority to serve, feedback, workload.',
    'room.activity.staffRatings': 'Staff experience check',
    'room.participant.guide.staffRatings':
      'How true is each statement about your own work, from 1 (not at all) to 5 (entirely)? Your answers stay hidden until the facilitator reveals them all.',
    'pdf.staff.title': 'Staff experience check',
    'pdf.staff.intro':
      'How staff rate the conditions of good service, beside the customer-side assessment of the principles.',
    'pdf.staff.pairs': 'Where staff and customers disagree',
    'staff.review.rerate': 'Rate the staff experience again at this review',
    'staff.review.given': 'Staff experience ratings at this review (given: {count})',
    'staff.trend.title': 'Trend of the staff experience',
    'staff.trend.intro':
      'Each staff statement’s mean at the workshop and at every review where the staff experience was rated again. The dashed line is the target, where one is set.',
    'staff.trend.needTwo':
      'The trend appears once the staff experience has been rated again at a review: tick “Rate the staff experience again at this review” on a review and give the ratings.',
    'staff.trend.needBaseline':
      'Nobody answered the staff experience check at the workshop, so the trend starts from the first review.',
    'staff.trend.tableCaption':
      'Mean per staff statement at the workshop and at each review, and the target',
  },
  fi: {
    'current.nav.staff': 'Henkilöstökokemus',
    'staff.title': 'Henkilöstökokemuksen kartoitus',
    'staff.question': 'Onko asiakkaita palvelevilla ihmisillä se, mitä hyvä palvelu vaatii?',
    'staff.guide':
      'Hyvä asiakaskokemus syntyy, kun henkilöstö viihtyy työssään, saa olla oma itsensä, oppii jatkuvasti ja saa esihenkilöltään kannustusta. Arvioi kukin väittämä asteikolla 1 (ei pidä lainkaan paikkaansa) – 5 (pitää täysin paikkansa). Henkilöstö vastaa rehellisimmin vastauskierroksella tai omalla puhelimellaan, nimettömänä.',
    'staff.statement': 'Väittämä {n} / {total}',
    'staff.previous': '← Edellinen väittämä',
    'staff.next': 'Seuraava väittämä →',
    'staff.mode.principle': 'Väittämä kerrallaan (valkokangas)',
    'staff.mode.participant': 'Yksi osallistuja, kaikki väittämät',
    'staff.bearsOn': 'Vaikuttaa eniten periaatteisiin: {principles}',
    'staff.commentFor': 'Kommentti: {statement}',
    ...staffStatementMessages.fi,
    'staff.liveRoom': 'Vastatkaa puhelimilla työpajahuoneessa',
    'staff.results.title': 'Henkilöstökokemus periaatteiden rinnalla',
    'staff.results.statistics': 'Tunnusluvut henkilöstön väittämittäin',
    'staff.results.statement': 'Henkilöstön väittämä',
    'staff.results.noRatings': 'Kukaan ei ole vielä vastannut henkilöstökokemuksen kartoitukseen.',
    'staff.results.rate': 'Arvioi henkilöstökokemus',
    'staff.results.targetGap': 'Tavoite (ero)',
    'staff.results.radar': 'Henkilöstökokemus: nykytila ja tavoite',
    'staff.pairs.title': 'Missä henkilöstön ja asiakkaiden kuva eroaa',
    'staff.pairs.guide':
      'Kutakin henkilöstön väittämää verrataan periaatteisiin, joihin se vaikuttaa eniten. Näkyviin nostetaan vähintään 1,0 pisteen erot sekä kohdat, joissa molemmat jäävät alle kolmen.',
    'staff.pairs.empty':
      'Ei eroja: missä kummallakin puolella on arvioita, henkilöstön ja asiakkaiden kuva on enintään 1,0 pisteen päässä toisistaan.',
    'staff.pairs.missing':
      'Vertailu tarvitsee arviot sekä henkilöstön väittämistä että periaatteista.',
    'staff.pairs.staffLower':
      'Henkilöstön keskiarvo väittämälle ”{statement}” on {staff}, mutta periaatteen ”{principle}” keskiarvo asiakasnäkökulmasta on {customer}: henkilöstön arvio on {difference} pistettä matalampi.',
    'staff.pairs.customerLower':
      'Henkilöstön keskiarvo väittämälle ”{statement}” on {staff}, mutta periaatteen ”{principle}” keskiarvo asiakasnäkökulmasta on vain {customer}: asiakasnäkökulman arvio on {difference} pistettä matalampi.',
    'staff.pairs.bothLow':
      'Molemmat matalalla: henkilöstön keskiarvo väittämälle ”{statement}” on {staff}, ja periaatteen ”{principle}” keskiarvo asiakasnäkökulmasta on {customer}.',
    'staff.targets.title': 'Henkilöstökokemuksen tavoitetasot',
    'staff.targets.guide':
      'Mihin kunkin väittämän pitäisi yltää? Sen ero (tavoite − nykytila) painaa erolistassa ja tärkeysjärjestyksessä samoin kuin periaatteen ero.',
    'gaps.kind.staff': 'Henkilöstökokemus',
    'privacy.field.staffRatings': 'Henkilöstökokemuksen kommentti',
    'staff.wizard.intro':
      'Millaista asiakkaiden palveleminen organisaatiossanne on? Vastaa niin rehellisesti kuin pystyt: miten henkilöstösi arvioisi nämä, ei miten toivoisit sen arvioivan. Kysy myöhemmin myös heiltä.',
    'wizard.step.staff': 'Henkilöstökokemus',
    'guide.selfStaff':
      'Vastaa henkilöstökokemuksen kartoitukseen niin kuin henkilöstösi vastaisi: ilmapiiri, valmennus, valtuudet palvella, palaute, työmäärä.',
    'room.activity.staffRatings': 'Henkilöstökokemuksen kartoitus',
    'room.participant.guide.staffRatings':
      'Kuinka hyvin kukin väittämä pitää paikkansa omassa työssäsi, asteikolla 1 (ei lainkaan) – 5 (täysin)? Vastauksesi pysyvät piilossa, kunnes fasilitaattori paljastaa kaikki vastaukset kerralla.',
    'pdf.staff.title': 'Henkilöstökokemuksen kartoitus',
    'pdf.staff.intro':
      'Miten henkilöstö arvioi hyvän palvelun edellytykset, asiakasnäkökulman periaatearvioiden rinnalla.',
    'pdf.staff.pairs': 'Missä henkilöstön ja asiakkaiden kuva eroaa',
    'staff.review.rerate': 'Arvioi henkilöstökokemus uudelleen tässä seurantakatsauksessa',
    'staff.review.given':
      'Henkilöstökokemuksen arviot tässä seurantakatsauksessa (annettu {count})',
    'staff.trend.title': 'Henkilöstökokemuksen kehitys',
    'staff.trend.intro':
      'Kunkin henkilöstön väittämän keskiarvo työpajassa ja jokaisessa seurantakatsauksessa, jossa henkilöstökokemus arvioitiin uudelleen. Katkoviiva on tavoitetaso, jos sellainen on asetettu.',
    'staff.trend.needTwo':
      'Kehitys näkyy, kun henkilöstökokemus on arvioitu uudelleen jossakin seurantakatsauksessa: valitse katsauksessa ”Arvioi henkilöstökokemus uudelleen tässä seurantakatsauksessa” ja anna arviot.',
    'staff.trend.needBaseline':
      'Henkilöstökokemuksen kartoitukseen ei vastattu työpajassa, joten kehitys alkaa ensimmäisestä seurantakatsauksesta.',
    'staff.trend.tableCaption':
      'Henkilöstön väittämien keskiarvot työpajassa ja seurantakatsauksissa sekä tavoitetasot',
  },
});
