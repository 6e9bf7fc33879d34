import { defineMessages } from '../define';

export const historyMessages = defineMessages({
  en: {
    'history.link': 'Version history',
    'history.title': 'Version history',
    'history.intro':
      'Palvelupolku keeps copies of this workshop on this device: every 10 minutes while you edit (when something changed), and before an import, a restore, an app upgrade, deleting the workshop and deleting anything in it (an action, evidence, a theme, a participant…; one copy covers the deletions of a few minutes). The newest {count} are kept. They are erased with the workshop.',
    'history.saveNow': 'Save a version now',
    'history.saved': 'Version saved.',
    'history.empty': 'No versions yet. The first one is saved while you work on the workshop.',
    'history.listLabel': 'Saved versions, newest first',
    'history.restore': 'Restore this version',
    'history.restoreLabel': 'Restore the version of {time}',
    'history.restored':
      'The version of {time} is back. The state just before it was saved as a version.',
    'history.undo': 'Undo',
    'history.undone': 'The restore was undone.',
    'history.unreadable': 'This version could not be read, so nothing was changed.',
    'history.reason.interval': 'Saved automatically while editing',
    'history.reason.beforeUpgrade': 'Before an app upgrade',
    'history.reason.beforeImport': 'Before importing a backup over it',
    'history.reason.beforeDelete': 'Before the workshop was deleted',
    'history.reason.beforeRestore': 'Before restoring an earlier version',
    'history.reason.beforeItemDelete': 'Before something in it was deleted',
    'history.reason.manual': 'Saved by you',
    'history.summaryEmpty': 'The workshop’s own texts only, no items yet',
    'history.summary':
      'evidence items {evidence}, participants {participants}, ratings {ratings}, actions {actions}, other items {other}',
  },
  fi: {
    'history.link': 'Versiohistoria',
    'history.title': 'Versiohistoria',
    'history.intro':
      'Palvelupolku säilyttää tästä työpajasta kopioita tällä laitteella: muokatessa 10 minuutin välein (jos jokin muuttui) sekä ennen tuontia, palautusta, sovelluksen päivitystä, työpajan poistamista ja minkä tahansa sen sisällön poistamista (toimenpide, havainto, teema, osallistuja…; yksi kopio kattaa muutaman minuutin aikana tehdyt poistot). Uusimmat {count} säilyvät. Ne poistuvat työpajan mukana.',
    'history.saveNow': 'Tallenna versio nyt',
    'history.saved': 'Versio tallennettiin.',
    'history.empty': 'Versioita ei vielä ole. Ensimmäinen tallentuu, kun työstät työpajaa.',
    'history.listLabel': 'Tallennetut versiot, uusin ensin',
    'history.restore': 'Palauta tämä versio',
    'history.restoreLabel': 'Palauta versio ajalta {time}',
    'history.restored':
      'Versio ajalta {time} on palautettu. Sitä edeltänyt tila tallennettiin versioksi.',
    'history.undo': 'Kumoa',
    'history.undone': 'Palautus kumottiin.',
    'history.unreadable': 'Tätä versiota ei voitu lukea, joten mitään ei muutettu.',
    'history.reason.interval': 'Tallentui automaattisesti muokatessa',
    'history.reason.beforeUpgrade': 'Ennen sovelluksen päivitystä',
    'history.reason.beforeImport': 'Ennen kuin varmuuskopio tuotiin sen päälle',
    'history.reason.beforeDelete': 'Ennen työpajan poistamista',
    'history.reason.beforeRestore': 'Ennen aiemman version palauttamista',
    'history.reason.beforeItemDelete': 'Ennen kuin siitä poistettiin jotain',
    'history.reason.manual': 'Itse tallennettu',
    'history.summaryEmpty': 'Vain työpajan omat tekstit, ei vielä kohteita',
    'history.summary':
      'havaintoja {evidence}, osallistujia {participants}, arvioita {ratings}, toimenpiteitä {actions}, muita kohteita {other}',
  },
});
