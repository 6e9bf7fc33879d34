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
      'Development path – which deeds take us there? Collect actions, place them by impact and effort, vote, rank them by importance and impact, and put the first three small improvements into practice right away. Put the rest on a roadmap and agree how progress is followed up and reported to the management team.',
    'guide.principles': 'Seven principles of good customer experience',
    'guide.running': 'Running a half-day workshop',
    'guide.step1': 'Opening and purpose (15 min)',
    'guide.step2': 'Customer feedback and stories: what do they tell? (40 min)',
    'guide.step3': 'Staff experiences and critical moments on the customer journey (40 min)',
    'guide.step4': 'Rating the seven principles, one at a time on the projector (30 min)',
    'guide.step5': 'Target culture and promises (30 min)',
    'guide.step6': 'Actions, impact and effort, dot voting (40 min)',
    'guide.step7': 'The first three small improvements, owners and the next review date (15 min)',
    'guide.self': 'Running a self-assessment alone',
    'guide.selfIntro':
      'A manager can go through the method without a facilitator or a group. Choose “Self-assessment” when you create the workshop and the app guides you in {count} short steps, saving as you go:',
    'guide.self1': 'Your organisation: mission and vision, a few sentences each.',
    'guide.self2': 'Feedback: a few pieces of praise and complaints customers really gave.',
    'guide.self3':
      'Critical moments: the moments of the journey that matter most, and how you do there.',
    'guide.self4': 'Rate the seven principles as they show in your work today.',
    'guide.self5': 'Write the current and target statements, with strengths and weaknesses.',
    'guide.self6': 'Pick three to five actions for the largest gaps.',
    'guide.self7': 'Download the PDF plan and take it to your management team.',
    'guide.self8': 'Set a target level for each principle: where you want to be in a year.',
    'guide.self9':
      'Choose up to three small improvements to put into practice this week, each with an owner.',
    'guide.selfTip':
      'Rating alone is quick but one-sided. When you can, ask two or three colleagues to rate too, and compare.',
    'guide.templates': 'Starting from a template or an earlier workshop',
    'guide.templatesIntro':
      'A new workshop can start empty, from a sector template or as a copy of an earlier workshop.',
    'guide.templatesSectors':
      'Sector templates exist for retail and hospitality, public and municipal services, health and social care, education and training, and business-to-business services. Each proposes journey stages with touchpoints, customer segments, typical feedback sources and action ideas, which appear among the suggestions on the path screen.',
    'guide.templatesEdit':
      'Treat a template as a first draft: rename, delete and add until the journey is your customers’ journey.',
    'guide.templatesEarlier':
      'For a re-assessment a year later, start from the earlier workshop: everything is copied, so you can rate again and see what has changed.',
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
      'Palvelupolku etenee yksinkertaisesti: selvittäkää rehellisesti, missä olette, päättäkää, mihin haluatte päästä, ja valitkaa ne harvat teot, joilla pääsette perille. Sovellus pitää työn yhdessä paikassa ja tekee siitä suunnitelman.',
    'guide.phases': 'Kolme vaihetta',
    'guide.phase1':
      'Nykytila – millainen palvelukulttuurimme on nyt? Lukekaa asiakaspalaute huolella, kerätkää asiakastarinoita ja kysykää henkilöstöltä, joka palvelee asiakkaita joka päivä. Löytäkää asiakkaille tärkeimmät hetket ja katsokaa, mihin kiitokset ja moitteet kasautuvat. Tiivistäkää tulos lyhyeksi kuvaukseksi vahvuuksineen ja heikkouksineen.',
    'guide.phase2':
      'Tavoitetila – millaista palvelukulttuuria toteutamme tästä eteenpäin? Arvioikaa seitsemän periaatetta yhdessä, katsokaa erot tavoitteeseen ja ryhmien välillä sekä päättäkää, oletteko tyytyväisiä. Kirjoittakaa tavoitekulttuuri, asiakaslupaukset ja mittarit, joista näette, milloin olette perillä.',
    'guide.phase3':
      'Kehittämispolku – millä teoilla pääsemme sinne? Kerätkää toimenpiteet, sijoittakaa ne vaikuttavuuden ja työmäärän mukaan, äänestäkää, järjestäkää ne tärkeyden ja vaikuttavuuden mukaan ja ottakaa kolme ensimmäistä pientä parannusta käyttöön heti. Sijoittakaa loput aikajanalle ja sopikaa, miten edistymistä seurataan ja siitä raportoidaan johtoryhmälle.',
    'guide.principles': 'Hyvän asiakaskokemuksen seitsemän periaatetta',
    'guide.running': 'Puolen päivän työpajan kulku',
    'guide.step1': 'Avaus ja tarkoitus (15 min)',
    'guide.step2': 'Asiakaspalaute ja -tarinat: mitä ne kertovat? (40 min)',
    'guide.step3': 'Henkilöstön kokemukset ja asiakaspolun kriittiset hetket (40 min)',
    'guide.step4': 'Seitsemän periaatteen arviointi, yksi kerrallaan valkokankaalla (30 min)',
    'guide.step5': 'Tavoitekulttuuri ja lupaukset (30 min)',
    'guide.step6': 'Toimenpiteet, vaikuttavuus ja työmäärä, pisteäänestys (40 min)',
    'guide.step7':
      'Kolme ensimmäistä pientä parannusta, vastuuhenkilöt ja seuraavan seurantakatsauksen päivä (15 min)',
    'guide.self': 'Itsearviointi yksin',
    'guide.selfIntro':
      'Esihenkilö voi käydä menetelmän läpi ilman fasilitaattoria tai ryhmää. Valitse työpajaa luodessa ”Itsearviointi”, niin sovellus opastaa {count} lyhyessä vaiheessa ja tallentaa sitä mukaa:',
    'guide.self1': 'Organisaatiosi: toiminta-ajatus ja visio, muutama lause kumpaankin.',
    'guide.self2': 'Palaute: muutama kiitos ja moite, joita asiakkaat todella antoivat.',
    'guide.self3': 'Kriittiset hetket: asiakaspolun tärkeimmät hetket ja miten onnistutte niissä.',
    'guide.self4': 'Arvioi seitsemän periaatetta sellaisina kuin ne nyt näkyvät toiminnassanne.',
    'guide.self5': 'Kirjoita nykytilan ja tavoitteen kuvaukset sekä vahvuudet ja heikkoudet.',
    'guide.self6': 'Valitse kolmesta viiteen toimenpidettä suurimpiin eroihin.',
    'guide.self7': 'Lataa PDF-suunnitelma ja vie se johtoryhmälle.',
    'guide.self8': 'Aseta kullekin periaatteelle tavoitetaso: missä haluatte olla vuoden päästä.',
    'guide.self9':
      'Valitse enintään kolme pientä parannusta, jotka otetaan käyttöön jo tällä viikolla, ja kullekin vastuuhenkilö.',
    'guide.selfTip':
      'Yksin arvioiminen on nopeaa mutta yksipuolista. Pyydä mahdollisuuksien mukaan paria kollegaa arvioimaan myös ja vertailkaa tuloksia.',
    'guide.templates': 'Aloitus mallipohjasta tai aiemmasta työpajasta',
    'guide.templatesIntro':
      'Uuden työpajan voi aloittaa tyhjästä, toimialan mallipohjasta tai kopioimalla aiemman työpajan.',
    'guide.templatesSectors':
      'Mallipohjia on kaupalle ja majoitus- ja ravitsemisalalle, julkisille ja kunnallisille palveluille, sosiaali- ja terveyspalveluille, koulutukselle sekä yrityspalveluille. Kukin ehdottaa asiakaspolun vaiheet kohtaamispisteineen, asiakasryhmät, tyypilliset palautteen lähteet ja toimenpide-ehdotuksia, jotka näkyvät kehittämispolun ehdotuksissa.',
    'guide.templatesEdit':
      'Pidä mallipohjaa ensimmäisenä luonnoksena: nimeä uudelleen, poista ja lisää, kunnes asiakaspolku on asiakkaidesi todellinen polku.',
    'guide.templatesEarlier':
      'Kun arvioit uudelleen vuoden päästä, aloita aiemmasta työpajasta: kaikki kopioidaan, joten voit arvioida uudestaan ja nähdä, mikä on muuttunut.',
    'guide.tips': 'Vinkkejä',
    'guide.tip1':
      'Antakaa kaikkien arvioida ennen keskustelua, jottei ensimmäinen kovaääninen mielipide määrää tasoa.',
    'guide.tip2': 'Johdon ja henkilöstön erot ovat havaintoja, eivät virheitä: puhukaa niistä.',
    'guide.tip3':
      'Pitäkää suunnitelma lyhyenä. Johtoryhmä tarttuu kolmeen selkeään asiaan nopeammin kuin kolmeenkymmeneen.',
    'guide.tip4': 'Lataa varmuuskopio työpajan jälkeen: tiedot ovat vain tässä selaimessa.',
  },
});
