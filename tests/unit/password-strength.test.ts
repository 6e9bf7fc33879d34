import { describe, expect, it } from 'vitest';
import { passwordStrength } from '../../src/domain/backup/password-strength';

describe('backup password strength', () => {
  it('calls short, common and patterned passwords what they are', () => {
    expect(passwordStrength('Sauna1')).toBe('tooShort');
    expect(passwordStrength('salasana1')).toBe('weak');
    expect(passwordStrength('12345678')).toBe('weak');
    expect(passwordStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('Qwerty123!')).toBe('weak');
  });

  it('rates a longer phrase of words strong', () => {
    expect(passwordStrength('Järvi-ilta kahdeksalta')).toBe('strong');
    expect(passwordStrength('kuusi omenaa pöydällä')).toBe('strong');
    expect(passwordStrength('Tk7#pL2q')).toBe('fair');
  });
});
