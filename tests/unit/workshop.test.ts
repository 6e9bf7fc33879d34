import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '../../src/domain/file-names';
import { isIsoDate, validateWorkshopInput } from '../../src/domain/workshop';
import { workshopInput } from '../helpers/factories';

describe('workshop input', () => {
  it('refuses an empty or blank organisation and title', () => {
    const { errors } = validateWorkshopInput(workshopInput({ organisation: '  ', title: '' }));
    expect(errors).toEqual({ organisation: 'required', title: 'required' });
  });

  it('trims text and accepts a workshop without date or facilitator', () => {
    const { value, errors } = validateWorkshopInput(
      workshopInput({ organisation: ' Kunta ', date: '', facilitator: '' }),
    );
    expect(errors).toEqual({});
    expect(value.organisation).toBe('Kunta');
  });

  it('refuses over-long names and impossible dates', () => {
    const { errors } = validateWorkshopInput(
      workshopInput({ title: 'x'.repeat(201), date: '2026-02-30' }),
    );
    expect(errors).toEqual({ title: 'tooLong', date: 'invalidDate' });
    expect(isIsoDate('2026-02-28')).toBe(true);
  });
});

describe('file names', () => {
  it('keeps Finnish names readable and safe', () => {
    expect(slugify('Kylpylä Järvisydän Oy / Åland')).toBe('kylpyla-jarvisydan-oy-aland');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('!!!')).toBe('workshop');
  });

  it('names exported files in the workshop’s language', () => {
    const finnish = { organisation: 'Ääni & Ö', title: 'Työpaja 2026', language: 'fi' } as const;
    expect(exportFileName(finnish, 'actionPlan', 'pdf')).toBe(
      'aani-o-tyopaja-2026-toimenpidesuunnitelma.pdf',
    );
    expect(exportFileName(finnish, 'actions', 'csv')).toBe('aani-o-tyopaja-2026-toimenpiteet.csv');
    expect(exportFileName({ ...finnish, title: '!!!' }, 'reviews', 'ics')).toBe(
      'aani-o-tyopaja-seurantakatsaukset.ics',
    );
    const english = { ...finnish, language: 'en' } as const;
    expect(exportFileName(english, 'actionPlan', 'pdf')).toBe(
      'aani-o-tyopaja-2026-action-plan.pdf',
    );
  });
});
