import { defineMessages } from '../define';

/**
 * The staff statements' names and texts: apart from the rest of the staff check's messages so
 * the phones' page in a live room can show them without loading the app's dictionaries.
 */
export const staffStatementMessages = defineMessages({
  en: {
    'staff.item.climate': 'Climate at work',
    'staff.item.climate.text':
      'The mood at work is warm and supportive: on a busy day we can count on one another.',
    'staff.item.beingOneself': 'Being oneself',
    'staff.item.beingOneself.text':
      'I can be myself at work and meet customers in my own way, without playing a part.',
    'staff.item.coaching': 'Training and coaching',
    'staff.item.coaching.text':
      'I get regular training, and coaching in the middle of the work, that helps me serve customers better.',
    'staff.item.leadership': 'Encouraging leadership',
    'staff.item.leadership.text':
      'My manager notices good service, encourages me and clears obstacles out of the way.',
    'staff.item.authority': 'Authority to serve',
    'staff.item.authority.text':
      'I may decide on the spot how to put a customer’s matter right, without asking for permission first.',
    'staff.item.feedbackToStaff': 'Feedback that gives energy',
    'staff.item.feedbackToStaff.text':
      'Customer feedback reaches us soon, and it is handled so that it gives us energy rather than looking for someone to blame.',
    'staff.item.workload': 'Time to serve',
    'staff.item.workload.text':
      'My workload leaves time to listen to customers and to do things properly.',
  },
  fi: {
    'staff.item.climate': 'Työilmapiiri',
    'staff.item.climate.text':
      'Työyhteisön ilmapiiri on lämmin ja kannustava: kiireisenäkin päivänä voimme luottaa toisiimme.',
    'staff.item.beingOneself': 'Oma itsensä työssä',
    'staff.item.beingOneself.text':
      'Saan olla töissä oma itseni ja kohdata asiakkaat omalla tavallani, roolia esittämättä.',
    'staff.item.coaching': 'Koulutus ja valmennus',
    'staff.item.coaching.text':
      'Saan säännöllisesti koulutusta ja työn lomassa valmennusta, jotka auttavat minua palvelemaan asiakkaita paremmin.',
    'staff.item.leadership': 'Kannustava johtaminen',
    'staff.item.leadership.text':
      'Esihenkilöni huomaa hyvän palvelun, kannustaa minua ja raivaa esteitä pois tieltä.',
    'staff.item.authority': 'Valtuudet palvella',
    'staff.item.authority.text':
      'Saan ratkaista asiakkaan asian paikan päällä kysymättä ensin lupaa.',
    'staff.item.feedbackToStaff': 'Voimaa antava palaute',
    'staff.item.feedbackToStaff.text':
      'Asiakaspalaute tulee meille pian, ja sitä käsitellään niin, että se antaa voimia eikä etsi syyllisiä.',
    'staff.item.workload': 'Aikaa palvella',
    'staff.item.workload.text':
      'Työmääräni jättää aikaa kuunnella asiakasta ja tehdä asiat kunnolla.',
  },
});
