import { defineMessages } from '../define';

export const guideMessages = defineMessages({
  en: {
    'guide.title': 'The method in brief',
    'guide.intro':
      'Palvelupolku follows a simple path: find out honestly where you are, decide where you want to be, and choose the few deeds that take you there. The app keeps the work in one place and turns it into a plan.',
    'guide.phases': 'Three phases',
    'guide.phase1':
      'Current state – what is our service culture like now? Read customer feedback carefully, collect customer stories, and ask the staff who serve customers every day. Find the moments that matter most to customers and see where praise and complaints gather. Sum it up in a short statement with strengths and weaknesses.',
    'guide.phase2':
      'Target state – what service culture will we practise from now on? Rate the seven principles together, look at the gaps and the differences between groups, and decide whether you are satisfied. Write the target culture, customer promises and indicators that tell when you have arrived.',
    'guide.phase3':
      'Path – with which deeds do we get there? Collect actions, place them by impact and effort, vote, and start with three small improvements right away. Put the rest on a roadmap and agree how progress is followed up and reported to the management team.',
    'guide.principles': 'Seven principles of good customer experience',
    'guide.running': 'Running a half-day workshop',
    'guide.step1': 'Opening and purpose (15 min)',
    'guide.step2': 'Customer feedback and stories: what do they tell? (40 min)',
    'guide.step3': 'Staff experiences and critical moments on the customer journey (40 min)',
    'guide.step4': 'Rating the seven principles, one at a time on the projector (30 min)',
    'guide.step5': 'Target culture and promises (30 min)',
    'guide.step6': 'Actions, impact and effort, dot voting (40 min)',
    'guide.step7': 'Three quick wins, owners and the next review date (15 min)',
    'guide.tips': 'Tips',
    'guide.tip1':
      'Let people rate before they discuss, so the first loud voice does not set the level.',
    'guide.tip2':
      'Differences between management and staff are findings, not errors: talk about them.',
    'guide.tip3':
      'Keep the plan short. A management team acts on three clear things sooner than on thirty.',
    'guide.tip4': 'Download a backup after the workshop: the data lives only in this browser.',
  },
  fi: {
    'guide.title': 'Menetelmä lyhyesti',
    'guide.intro':
      'Palvelupolku etenee yksinkertaisesti: selvitä rehellisesti, missä olette, päättäkää, mihin haluatte, ja valitkaa ne harvat teot, joilla pääsette perille. Sovellus pitää työn yhdessä paikassa ja tekee siitä suunnitelman.',
    'guide.phases': 'Kolme vaihetta',
    'guide.phase1':
      'Nykytila – millainen palvelukulttuurimme on nyt? Lukekaa asiakaspalaute huolella, kerätkää asiakastarinoita ja kysykää henkilöstöltä, joka palvelee asiakkaita joka päivä. Löytäkää asiakkaille tärkeimmät hetket ja katsokaa, mihin kiitokset ja moitteet kasautuvat. Tiivistäkää tulos lyhyeksi kuvaukseksi vahvuuksineen ja heikkouksineen.',
    'guide.phase2':
      'Tavoitetila – millaista palvelukulttuuria toteutamme tästä eteenpäin? Arvioikaa seitsemän periaatetta yhdessä, katsokaa erot tavoitteeseen ja ryhmien välillä ja päättäkää, oletteko tyytyväisiä. Kirjoittakaa tavoitekulttuuri, asiakaslupaukset ja mittarit, joista näkee perille pääsyn.',
    'guide.phase3':
      'Kehittämispolku – millä teoilla pääsemme sinne? Kerätkää toimenpiteet, sijoittakaa ne vaikuttavuuden ja työmäärän mukaan, äänestäkää ja aloittakaa kolmella pienellä parannuksella heti. Laittakaa loput aikajanalle ja sopikaa, miten edistymistä seurataan ja siitä raportoidaan johtoryhmälle.',
    'guide.principles': 'Hyvän asiakaskokemuksen seitsemän periaatetta',
    'guide.running': 'Puolen päivän työpajan kulku',
    'guide.step1': 'Avaus ja tarkoitus (15 min)',
    'guide.step2': 'Asiakaspalaute ja -tarinat: mitä ne kertovat? (40 min)',
    'guide.step3': 'Henkilöstön kokemukset ja asiakaspolun kriittiset hetket (40 min)',
    'guide.step4': 'Seitsemän periaatteen arviointi, yksi kerrallaan valkokankaalla (30 min)',
    'guide.step5': 'Tavoitekulttuuri ja lupaukset (30 min)',
    'guide.step6': 'Toimenpiteet, vaikuttavuus ja työmäärä, pisteäänestys (40 min)',
    'guide.step7': 'Kolme pikavoittoa, vastuuhenkilöt ja seuraava katselmointi (15 min)',
    'guide.tips': 'Vinkkejä',
    'guide.tip1':
      'Antakaa arvioida ennen keskustelua, ettei ensimmäinen kovaääninen mielipide määrää tasoa.',
    'guide.tip2': 'Johdon ja henkilöstön erot ovat havaintoja, eivät virheitä: puhukaa niistä.',
    'guide.tip3':
      'Pitäkää suunnitelma lyhyenä. Johtoryhmä tarttuu kolmeen selkeään asiaan nopeammin kuin kolmeenkymmeneen.',
    'guide.tip4': 'Lataa varmuuskopio työpajan jälkeen: tiedot ovat vain tässä selaimessa.',
  },
});
