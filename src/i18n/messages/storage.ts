import { defineMessages } from '../define';

export const storageMessages = defineMessages({
  en: {
    'storage.risksLabel': 'Risks to the data on this device',
    'storage.risk.privateWindow':
      'This looks like a private window: the browser erases everything in it when the window is closed. Open Palvelupolku in a normal window, or download a backup before you close this one.',
    'storage.risk.safariEviction':
      'Safari erases the data of a website that has not been opened for 7 days. Add Palvelupolku to the Dock (File → Add to Dock) or to the Home Screen (Share → Add to Home Screen), open it from there, and download backups regularly.',
    'storage.risk.nearlyFull':
      'The storage for this site is almost full ({percent} % in use). Download a backup, then delete workshops you no longer need.',
    'storage.backupNow': 'Download a backup now',
  },
  fi: {
    'storage.risksLabel': 'Riskit tämän laitteen tiedoille',
    'storage.risk.privateWindow':
      'Tämä näyttää yksityiseltä ikkunalta: selain poistaa kaikki sen tiedot, kun ikkuna suljetaan. Avaa Palvelupolku tavallisessa ikkunassa tai lataa varmuuskopio ennen tämän sulkemista.',
    'storage.risk.safariEviction':
      'Safari poistaa sellaisen sivuston tiedot, jota ei ole avattu 7 päivään. Lisää Palvelupolku Dockiin (Arkisto → Lisää Dockiin) tai Koti-valikkoon (Jaa → Lisää Koti-valikkoon), avaa se sieltä ja lataa varmuuskopioita säännöllisesti.',
    'storage.risk.nearlyFull':
      'Tämän sivuston tallennustila on melkein täynnä ({percent} % käytössä). Lataa varmuuskopio ja poista sitten työpajat, joita et enää tarvitse.',
    'storage.backupNow': 'Lataa varmuuskopio nyt',
  },
});
