import { defineMessages } from '../define';

export const backupMessages = defineMessages({
  en: {
    'data.title': 'Backup and data',
    'data.intro':
      'Everything you enter stays in this browser on this device. Download backups regularly and keep them safe: they contain your clients’ data, possibly personal data.',
    'data.exportAll': 'Download a backup of all workshops',
    'data.exported': 'Backup downloaded: {fileName}',
    'data.import': 'Restore from a backup file',
    'data.importHint':
      'A .json file made by Palvelupolku, at most 50 MB. Nothing changes until the file has been checked.',
    'data.importing': 'Checking the file…',
    'data.restore.progress': 'Restoring the backup',
    'data.restore.unlocking':
      'Step {step} of {steps}: deriving the key from the password and decrypting',
    'data.restore.checking': 'Step {step} of {steps}: checking every record',
    'data.restore.writing': 'Step {step} of {steps}: saving on this device',
    'data.imported': 'Workshops restored: {count}.',
    'data.importedRedacted':
      'Workshops imported: {count}. The file was a redacted copy: personal data in it was replaced, so it is not the original work.',
    'data.conflict.redacted':
      'This file is a redacted copy. Replacing puts its redacted texts in place of the originals on this device, and the originals then remain only in Version history.',
    'data.conflict.replaceRedacted': 'Replace the originals with this copy',
    'data.conflict.title': 'Some workshops already exist',
    'data.conflict.body':
      'Workshops in the file that are already on this device: {count}. Keep both (the file’s versions are added as copies) or replace the ones here with the file’s versions?',
    'data.conflict.keepBoth': 'Keep both',
    'data.conflict.replace': 'Replace',
    'data.error.tooLarge': 'The file is larger than 50 MB, so it was not read.',
    'data.error.notJson': 'This file is not a Palvelupolku backup: it is not valid JSON.',
    'data.error.truncated':
      'The backup file is incomplete (it ends too early). Try downloading or copying it again.',
    'data.error.notBackup': 'This file is not a Palvelupolku backup.',
    'data.error.newerVersion':
      'This backup was made by a newer version of Palvelupolku. Update the app (reload the page) and try again.',
    'data.error.invalid':
      'The backup has invalid content, so nothing was imported. Problem: {detail}',
    'data.error.unreadable': 'The file could not be read.',
    'data.storage': 'Storage on this device',
    'data.persisted': 'The browser has promised to keep this data (persistent storage).',
    'data.notPersisted':
      'The browser may delete this data when space runs low, or (Safari) after 7 days without a visit. Install the app from the browser menu and download backups.',
    'data.persistUnknown': 'This browser does not tell whether the data is kept.',
    'data.askPersist': 'Ask the browser to keep the data',
    'data.usage': 'In use: {used} of the {quota} available.',
    'data.privacy':
      'Exported files (PDF, CSV, backups) contain what you entered, including any personal data in customer feedback. You are responsible for storing and deleting them.',
  },
  fi: {
    'data.title': 'Varmuuskopiot ja tiedot',
    'data.intro':
      'Kaikki, mitä kirjaat, pysyy tässä selaimessa tällä laitteella. Lataa varmuuskopioita säännöllisesti ja säilytä ne turvallisesti: ne sisältävät asiakkaidesi tietoja, mahdollisesti henkilötietoja.',
    'data.exportAll': 'Lataa kaikkien työpajojen varmuuskopio',
    'data.exported': 'Varmuuskopio ladattiin: {fileName}',
    'data.import': 'Palauta varmuuskopiosta',
    'data.importHint':
      'Palvelupolun tekemä .json-tiedosto, enintään 50 Mt. Mikään ei muutu ennen kuin tiedosto on tarkistettu.',
    'data.importing': 'Tiedostoa tarkistetaan…',
    'data.restore.progress': 'Varmuuskopiota palautetaan',
    'data.restore.unlocking':
      'Vaihe {step}/{steps}: avainta johdetaan salasanasta ja tiedostoa puretaan',
    'data.restore.checking': 'Vaihe {step}/{steps}: jokaista tietuetta tarkistetaan',
    'data.restore.writing': 'Vaihe {step}/{steps}: tietoja tallennetaan tälle laitteelle',
    'data.imported': 'Palautettuja työpajoja: {count}.',
    'data.importedRedacted':
      'Tuotuja työpajoja: {count}. Tiedosto oli kopio, josta henkilötiedot on poistettu, joten se ei ole alkuperäinen työ.',
    'data.conflict.redacted':
      'Tämä tiedosto on kopio, josta henkilötiedot on poistettu. Korvaaminen vaihtaa tämän laitteen alkuperäisten tekstien tilalle kopion tekstit, ja alkuperäiset jäävät vain versiohistoriaan.',
    'data.conflict.replaceRedacted': 'Korvaa alkuperäiset tällä kopiolla',
    'data.conflict.title': 'Osa työpajoista on jo olemassa',
    'data.conflict.body':
      'Tiedoston työpajoista {count} on jo tällä laitteella. Pidetäänkö molemmat (tiedoston versiot lisätään kopioina) vai korvataanko täällä olevat tiedoston versioilla?',
    'data.conflict.keepBoth': 'Pidä molemmat',
    'data.conflict.replace': 'Korvaa',
    'data.error.tooLarge': 'Tiedosto on yli 50 Mt, joten sitä ei luettu.',
    'data.error.notJson':
      'Tiedosto ei ole Palvelupolun varmuuskopio: se ei ole kelvollista JSONia.',
    'data.error.truncated':
      'Varmuuskopio on vajaa (se loppuu kesken). Lataa tai kopioi se uudelleen.',
    'data.error.notBackup': 'Tiedosto ei ole Palvelupolun varmuuskopio.',
    'data.error.newerVersion':
      'Varmuuskopio on tehty Palvelupolun uudemmalla versiolla. Päivitä sovellus (lataa sivu uudelleen) ja yritä uudelleen.',
    'data.error.invalid':
      'Varmuuskopion sisältö on virheellinen, joten mitään ei tuotu. Ongelma: {detail}',
    'data.error.unreadable': 'Tiedostoa ei voitu lukea.',
    'data.storage': 'Tallennustila tällä laitteella',
    'data.persisted': 'Selain on luvannut säilyttää nämä tiedot (pysyvä tallennus).',
    'data.notPersisted':
      'Selain voi poistaa tiedot tilan käydessä vähiin tai (Safari) 7 päivän käyttämättömyyden jälkeen. Asenna sovellus selaimen valikosta ja lataa varmuuskopioita.',
    'data.persistUnknown': 'Tämä selain ei kerro, säilytetäänkö tiedot.',
    'data.askPersist': 'Pyydä selainta säilyttämään tiedot',
    'data.usage': 'Käytössä {used}, käytettävissä yhteensä {quota}.',
    'data.privacy':
      'Viedyt tiedostot (PDF, CSV, varmuuskopiot) sisältävät syöttämäsi tiedot, myös asiakaspalautteen mahdolliset henkilötiedot. Vastaat niiden säilyttämisestä ja poistamisesta.',
  },
});
