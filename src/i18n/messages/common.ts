import { defineMessages } from '../define';

export const commonMessages = defineMessages({
  en: {
    'app.name': 'Palvelupolku',
    'app.tagline': 'Service culture, from current state to a plan',
    'app.skipToContent': 'Skip to content',
    'app.home': 'All workshops',
    'app.language': 'Language',
    'app.language.fi': 'Suomi',
    'app.language.en': 'English',
    'app.footer': 'Your data stays on this device. Nothing is sent anywhere.',
    'save.saving': 'Saving…',
    'save.saved': 'Saved',
    'save.failed': 'Not saved',
    'save.retry': 'Try again',
    'update.available': 'A new version of Palvelupolku is available.',
    'update.reload': 'Update now',
    'update.later': 'Later',
    'update.waitsForSaves':
      'The update waits: some changes are not saved yet. Try saving again or download a backup first.',
    'offline.ready': 'Palvelupolku now works offline on this device.',
    'notice.dismiss': 'Dismiss',
    'notice.undo': 'Undo',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'common.delete': 'Delete',
    'common.close': 'Close',
    'common.loading': 'Loading…',
    'common.required': 'required',
    'error.required': 'Fill in this field.',
    'error.tooLong': 'This is too long.',
    'error.invalidDate': 'Enter a valid date.',
    'error.storageFull':
      'The device storage is full, so the last change was not saved. Free some space or download a backup; your edit is kept on this page.',
    'error.databaseClosed':
      'The browser closed the connection to the local database. Reload the page; your edit is kept until then.',
    'error.databaseNewer':
      'This data was saved by a newer version of Palvelupolku. Reload to get the newest version; your data is safe.',
    'error.upgradeBlocked':
      'Palvelupolku is open in another tab with an older version. Close the other tab to continue.',
    'error.notFound': 'That item no longer exists. It may have been deleted in another tab.',
    'error.invalidInput': 'Some of the input was not valid, so nothing was saved.',
    'error.overLimit':
      'That is more than can be kept here (too many entries in one list, or a number too large), so it was not saved.',
    'error.writeFailed': 'Saving failed. Your edit is kept on this page; try again.',
    'error.crash.title': 'Something went wrong on this screen',
    'error.crash.body': 'Your saved work is safe in this browser. Reload the page to continue.',
    'error.crash.reload': 'Reload',
    'error.crash.rescue': 'Download rescue backup',
    'error.saveFailed.backup': 'Download a backup now',
    'connection.newerElsewhere':
      'Palvelupolku was updated in another tab. Reload this tab to keep saving; nothing has been lost.',
    'room.unknown':
      'Palvelupolku could not check whether room mode is on, so the app stays closed. Reload the page; if this repeats, the facilitator can check the browser’s storage.',
    'connection.newerUnsaved':
      'A newer version of Palvelupolku is in use, so this tab can no longer save. Some edits in this tab are not saved: copy them somewhere safe before you reload the page.',
    'notFound.title': 'Page not found',
    'notFound.body': 'There is nothing at this address.',
    'notFound.workshop': 'This workshop was not found on this device. It may have been deleted.',
  },
  fi: {
    'app.name': 'Palvelupolku',
    'app.tagline': 'Palvelukulttuuri nykytilasta suunnitelmaan',
    'app.skipToContent': 'Siirry sisältöön',
    'app.home': 'Kaikki työpajat',
    'app.language': 'Kieli',
    'app.language.fi': 'Suomi',
    'app.language.en': 'English',
    'app.footer': 'Tietosi pysyvät tällä laitteella. Mitään ei lähetetä minnekään.',
    'save.saving': 'Tallennetaan…',
    'save.saved': 'Tallennettu',
    'save.failed': 'Ei tallennettu',
    'save.retry': 'Yritä uudelleen',
    'update.available': 'Palvelupolusta on saatavilla uusi versio.',
    'update.reload': 'Päivitä nyt',
    'update.later': 'Myöhemmin',
    'update.waitsForSaves':
      'Päivitys odottaa: kaikkia muutoksia ei ole vielä tallennettu. Yritä tallentaa uudelleen tai lataa ensin varmuuskopio.',
    'offline.ready': 'Palvelupolku toimii nyt tällä laitteella myös ilman verkkoa.',
    'notice.dismiss': 'Sulje ilmoitus',
    'notice.undo': 'Kumoa',
    'common.cancel': 'Peruuta',
    'common.save': 'Tallenna',
    'common.delete': 'Poista',
    'common.close': 'Sulje',
    'common.loading': 'Ladataan…',
    'common.required': 'pakollinen',
    'error.required': 'Täytä tämä kenttä.',
    'error.tooLong': 'Teksti on liian pitkä.',
    'error.invalidDate': 'Anna kelvollinen päivämäärä.',
    'error.storageFull':
      'Laitteen tallennustila on täynnä, joten viimeisin muutos jäi tallentamatta. Vapauta tilaa tai lataa varmuuskopio; muutoksesi on yhä tällä sivulla.',
    'error.databaseClosed':
      'Selain katkaisi yhteyden paikalliseen tietokantaan. Lataa sivu uudelleen; muutoksesi säilyy siihen asti.',
    'error.databaseNewer':
      'Tiedot on tallennettu Palvelupolun uudemmalla versiolla. Lataa sivu uudelleen, niin saat uusimman version; tietosi ovat tallessa.',
    'error.upgradeBlocked':
      'Palvelupolun vanhempi versio on auki toisessa välilehdessä. Sulje se, niin voit jatkaa.',
    'error.notFound': 'Kohdetta ei enää ole. Se on ehkä poistettu toisessa välilehdessä.',
    'error.invalidInput': 'Osa tiedoista ei kelvannut, joten mitään ei tallennettu.',
    'error.overLimit':
      'Tätä on enemmän kuin tähän voi tallentaa (liian monta kohtaa yhdessä luettelossa tai liian suuri luku), joten sitä ei tallennettu.',
    'error.writeFailed': 'Tallennus epäonnistui. Muutoksesi on yhä tällä sivulla; yritä uudelleen.',
    'error.crash.title': 'Tässä näkymässä tapahtui virhe',
    'error.crash.body':
      'Tallennetut tietosi ovat turvassa tässä selaimessa. Jatka lataamalla sivu uudelleen.',
    'error.crash.reload': 'Lataa uudelleen',
    'error.crash.rescue': 'Lataa pelastusvarmuuskopio',
    'error.saveFailed.backup': 'Lataa varmuuskopio nyt',
    'connection.newerElsewhere':
      'Palvelupolku päivitettiin toisessa välilehdessä. Lataa tämä välilehti uudelleen, niin tallentaminen jatkuu; mitään ei ole menetetty.',
    'room.unknown':
      'Palvelupolku ei voinut tarkistaa, onko vastauskierros käynnissä, joten sovellus pysyy suljettuna. Lataa sivu uudelleen; jos tämä toistuu, fasilitaattori voi tarkistaa selaimen tallennustilan.',
    'connection.newerUnsaved':
      'Käytössä on Palvelupolun uudempi versio, joten tämä välilehti ei voi enää tallentaa. Osa tämän välilehden muutoksista on tallentamatta: kopioi ne talteen ennen kuin lataat sivun uudelleen.',
    'notFound.title': 'Sivua ei löytynyt',
    'notFound.body': 'Tässä osoitteessa ei ole mitään.',
    'notFound.workshop': 'Työpajaa ei löytynyt tältä laitteelta. Se on ehkä poistettu.',
  },
});
