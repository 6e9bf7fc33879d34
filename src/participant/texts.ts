/**
 * The participant page's own words, Finnish and English. Principle names and their anchors come
 * from the app's dictionary, so the phone and the projector say the same thing.
 */
import { defineMessages } from '../i18n/define';
import { principleMessages } from '../i18n/messages/principles';
import type { PrincipleId } from '../domain/principles';
import type { Language } from '../domain/types';

const pageMessages = defineMessages({
  en: {
    'page.title': 'Live room',
    'lang.switch': 'Suomeksi',
    'lang.switchLabel': 'Vaihda kieleksi suomi',
    'code.heading': 'Join the workshop',
    'code.guide':
      'Scan the QR code on the screen, or type the six-character room code shown with it.',
    'code.label': 'Room code',
    'code.submit': 'Join',
    'code.invalid': 'A room code has six letters and digits, for example K7M-Q2R.',
    'code.notFound': 'No open room has this code. Check the code on the screen.',
    'code.closed': 'This room has been closed.',
    'code.tooMany': 'Too many tries. Wait a minute and try again.',
    'code.unreachable':
      'The room’s server does not answer. Check that your phone is on the room’s Wi-Fi.',
    'name.heading': 'How do you want to take part?',
    'name.guide':
      'Your answers stay hidden from everyone, the facilitator included, until the facilitator reveals them all at once.',
    'name.anonymous': 'Take part anonymously',
    'name.label': 'Your name (optional)',
    'name.named': 'Take part with my name',
    'name.tooLong': 'A name can have at most 60 characters.',
    'name.change': 'Change how I take part',
    'name.current.anonymous': 'You take part anonymously.',
    'name.current.named': 'You take part as {name}.',
    'state.connected': 'Connected',
    'state.connecting': 'Connecting…',
    'state.offline':
      'No connection. Your answers are kept on this phone and sent when the connection returns.',
    'state.denied': 'This link does not open the room. Scan the QR code again.',
    'state.notFound': 'The room cannot be found right now. Trying again…',
    'state.full': 'The room is full.',
    'state.closed': 'The facilitator has closed the room.',
    'state.waiting': 'Waiting to be sent: {count}',
    'room.code': 'Room {code}',
    'room.wait': 'Wait a moment: the facilitator opens the next task soon.',
    'room.hiddenNote':
      'Nobody sees your answers before the reveal. You can change or withdraw them until then.',
    'room.revealedNote':
      'The facilitator has revealed the results. Answers can no longer be changed.',
    'room.forget': 'Remove this room from my phone',
    'room.closedGuide': 'The results stay visible on this phone until you remove them.',
    'room.earlier': 'Earlier results',
    'status.pending': 'Waiting to be sent',
    'status.accepted': 'Received',
    'status.rejected': 'Not accepted: {reason}',
    'reason.invalid': 'the answer is empty or not valid',
    'reason.tooLong': 'the text is too long',
    'reason.outOfRange': 'the value is not allowed',
    'reason.tooMany': 'you have reached the maximum',
    'reason.late': 'the results were already revealed',
    'reason.duplicate': 'the answer was sent twice',
    'ratings.heading': 'Rate the seven principles',
    'ratings.guide':
      'How well does each principle show in our service now, and where should it be? 1 = hardly at all, 5 = very well.',
    'ratings.current': 'Now',
    'ratings.target': 'Target',
    'ratings.dontKnow': 'Don’t know',
    'ratings.clear': 'Clear my rating of {principle}',
    'ratings.progress': 'Rated: {done} of {total}',
    'ratings.anchors': '1: {low} 5: {high}',
    'ideas.heading': 'Ideas for actions',
    'ideas.focus': 'For: {focus}',
    'ideas.label': 'Your idea',
    'ideas.add': 'Add idea',
    'ideas.count': 'Ideas: {count} of {max}',
    'ideas.full': 'You have added the most ideas allowed. Change or withdraw one to add another.',
    'entry.edit': 'Change',
    'entry.save': 'Save',
    'entry.cancel': 'Cancel',
    'entry.withdraw': 'Withdraw',
    'entry.yours': 'Your answers',
    'entry.tooLong': 'At most {max} characters ({count} now).',
    'votes.heading': 'Vote with dots',
    'votes.guide':
      'Spread your dots over the actions you find most important. You may put several on one.',
    'votes.left': 'Dots left: {left} of {total}',
    'votes.add': 'One dot more for {title}',
    'votes.remove': 'One dot less for {title}',
    'votes.on': '{count} dots',
    'evidence.heading': 'What did a customer tell you this week?',
    'evidence.guide':
      'Write down one piece of feedback or one situation per answer. Leave out customers’ names.',
    'evidence.label': 'What happened or what was said',
    'evidence.tone': 'Tone',
    'evidence.tone.praise': 'Praise',
    'evidence.tone.complaint': 'Complaint',
    'evidence.tone.neutral': 'Neutral',
    'evidence.touchpoint': 'Touchpoint (optional)',
    'evidence.noTouchpoint': 'Not specified',
    'evidence.add': 'Add',
    'evidence.count': 'Answers: {count} of {max}',
    'results.heading': 'Results',
    'results.respondents': 'Answers from {count} people',
    'results.explain': 'Mean; ± shows the spread (standard deviation).',
    'results.noScore': 'No score',
    'results.radar': 'Radar of the means: now and target',
    'results.noIdeas': 'No ideas were sent.',
    'results.dots': '{count} dots',
    'results.by': '– {name}',
    'results.evidenceTotal': 'Praise {praise}, complaints {complaint}, neutral {neutral}',
    'results.touchpoint': 'Touchpoint',
    'error.storage':
      'Your phone’s browser does not allow saving here (private mode?). Answers are sent, but a reload loses those not yet sent.',
  },
  fi: {
    'page.title': 'Työpajahuone',
    'lang.switch': 'In English',
    'lang.switchLabel': 'Switch to English',
    'code.heading': 'Liity työpajaan',
    'code.guide':
      'Skannaa näytöllä oleva QR-koodi tai kirjoita sen vieressä näkyvä kuusimerkkinen huoneen koodi.',
    'code.label': 'Huoneen koodi',
    'code.submit': 'Liity',
    'code.invalid': 'Huoneen koodissa on kuusi kirjainta ja numeroa, esimerkiksi K7M-Q2R.',
    'code.notFound': 'Tällä koodilla ei löydy avointa huonetta. Tarkista koodi näytöltä.',
    'code.closed': 'Tämä huone on suljettu.',
    'code.tooMany': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    'code.unreachable':
      'Huoneen palvelin ei vastaa. Tarkista, että puhelimesi on huoneen wifi-verkossa.',
    'name.heading': 'Miten haluat osallistua?',
    'name.guide':
      'Vastauksesi pysyvät piilossa kaikilta, myös fasilitaattorilta, kunnes fasilitaattori näyttää kaikki vastaukset yhtä aikaa.',
    'name.anonymous': 'Osallistun nimettömänä',
    'name.label': 'Nimesi (vapaaehtoinen)',
    'name.named': 'Osallistun omalla nimelläni',
    'name.tooLong': 'Nimessä voi olla enintään 60 merkkiä.',
    'name.change': 'Muuta osallistumistapaa',
    'name.current.anonymous': 'Osallistut nimettömänä.',
    'name.current.named': 'Osallistut nimellä {name}.',
    'state.connected': 'Yhteys toimii',
    'state.connecting': 'Yhdistetään…',
    'state.offline': 'Ei yhteyttä. Vastauksesi säilyvät puhelimessa ja lähtevät, kun yhteys palaa.',
    'state.denied': 'Tämä linkki ei avaa huonetta. Skannaa QR-koodi uudelleen.',
    'state.notFound': 'Huonetta ei juuri nyt löydy. Yritetään uudelleen…',
    'state.full': 'Huone on täynnä.',
    'state.closed': 'Fasilitaattori on sulkenut huoneen.',
    'state.waiting': 'Lähettämättä: {count}',
    'room.code': 'Huone {code}',
    'room.wait': 'Odota hetki: fasilitaattori avaa pian seuraavan tehtävän.',
    'room.hiddenNote':
      'Kukaan ei näe vastauksiasi ennen tulosten näyttämistä. Voit muuttaa tai perua niitä siihen asti.',
    'room.revealedNote': 'Fasilitaattori on näyttänyt tulokset. Vastauksia ei voi enää muuttaa.',
    'room.forget': 'Poista huoneen tiedot puhelimesta',
    'room.closedGuide': 'Tulokset näkyvät tällä puhelimella, kunnes poistat ne.',
    'room.earlier': 'Aiemmat tulokset',
    'status.pending': 'Odottaa lähetystä',
    'status.accepted': 'Vastaanotettu',
    'status.rejected': 'Ei hyväksytty: {reason}',
    'reason.invalid': 'vastaus on tyhjä tai virheellinen',
    'reason.tooLong': 'teksti on liian pitkä',
    'reason.outOfRange': 'arvo ei ole sallittu',
    'reason.tooMany': 'olet jo antanut enimmäismäärän',
    'reason.late': 'tulokset oli jo näytetty',
    'reason.duplicate': 'vastaus lähetettiin kahdesti',
    'ratings.heading': 'Arvioi seitsemän periaatetta',
    'ratings.guide':
      'Miten hyvin kukin periaate näkyy palvelussamme nyt, ja mihin sen pitäisi yltää? 1 = tuskin lainkaan, 5 = erittäin hyvin.',
    'ratings.current': 'Nyt',
    'ratings.target': 'Tavoite',
    'ratings.dontKnow': 'En osaa sanoa',
    'ratings.clear': 'Tyhjennä arvioni: {principle}',
    'ratings.progress': 'Arvioitu: {done}/{total}',
    'ratings.anchors': '1: {low} 5: {high}',
    'ideas.heading': 'Ideoita toimenpiteiksi',
    'ideas.focus': 'Aihe: {focus}',
    'ideas.label': 'Ideasi',
    'ideas.add': 'Lisää idea',
    'ideas.count': 'Ideoita: {count}/{max}',
    'ideas.full':
      'Olet lisännyt enimmäismäärän ideoita. Muuta tai peru jokin, jos haluat lisätä uuden.',
    'entry.edit': 'Muuta',
    'entry.save': 'Tallenna',
    'entry.cancel': 'Peruuta',
    'entry.withdraw': 'Peru',
    'entry.yours': 'Vastauksesi',
    'entry.tooLong': 'Enintään {max} merkkiä (nyt {count}).',
    'votes.heading': 'Äänestä pisteillä',
    'votes.guide':
      'Jaa pisteesi tärkeimpinä pitämillesi toimenpiteille. Voit antaa yhdelle useita pisteitä.',
    'votes.left': 'Pisteitä jäljellä: {left}/{total}',
    'votes.add': 'Yksi piste lisää: {title}',
    'votes.remove': 'Yksi piste vähemmän: {title}',
    'votes.on': '{count} pistettä',
    'evidence.heading': 'Mitä asiakas kertoi sinulle tällä viikolla?',
    'evidence.guide':
      'Kirjoita yksi palaute tai tilanne vastausta kohden. Jätä asiakkaiden nimet pois.',
    'evidence.label': 'Mitä tapahtui tai mitä sanottiin',
    'evidence.tone': 'Sävy',
    'evidence.tone.praise': 'Kiitos',
    'evidence.tone.complaint': 'Moite',
    'evidence.tone.neutral': 'Neutraali',
    'evidence.touchpoint': 'Kohtaamispiste (vapaaehtoinen)',
    'evidence.noTouchpoint': 'Ei valittu',
    'evidence.add': 'Lisää',
    'evidence.count': 'Vastauksia: {count}/{max}',
    'results.heading': 'Tulokset',
    'results.respondents': 'Vastauksia {count} henkilöltä',
    'results.explain': 'Keskiarvo; ± kertoo hajonnan (keskihajonta).',
    'results.noScore': 'Ei arviota',
    'results.radar': 'Keskiarvot säteittäiskaaviona: nyt ja tavoite',
    'results.noIdeas': 'Ideoita ei lähetetty.',
    'results.dots': '{count} pistettä',
    'results.by': '– {name}',
    'results.evidenceTotal': 'Kiitoksia {praise}, moitteita {complaint}, neutraaleja {neutral}',
    'results.touchpoint': 'Kohtaamispiste',
    'error.storage':
      'Puhelimesi selain ei salli tallentamista (yksityinen tila?). Vastaukset lähtevät, mutta sivun uudelleenlataus hävittää ne, joita ei vielä ole lähetetty.',
  },
});

export type PageKey = keyof typeof pageMessages.en;

let language: Language = 'fi';

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
  document.title = t('page.title');
}

export function currentLanguage(): Language {
  return language;
}

export function t(key: PageKey, values: Record<string, string | number> = {}): string {
  return pageMessages[language][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}

type PrincipleText = '' | '.description' | '.1' | '.5';

export function principleText(id: PrincipleId, part: PrincipleText = ''): string {
  const key = `principle.${id}${part}` as keyof typeof principleMessages.en;
  return principleMessages[language][key];
}

/** One decimal, with the language's decimal mark. */
export function decimal(value: number): string {
  return new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
