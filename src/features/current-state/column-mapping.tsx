import { useId } from 'react';
import { IMPORT_FIELDS, type ColumnMapping } from '../../domain/csv-import';
import { useT } from '../../hooks/use-t';

type Props = {
  headers: string[];
  /** The first data rows: each choice shows what its column holds. */
  samples: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

const SAMPLE_CHARS = 60;

function shorten(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}…` : text;
}

export function ColumnMappingFields({ headers, samples, mapping, onChange }: Props) {
  const t = useT();
  const id = useId();
  const samplesOf = (column: number) =>
    samples.map((row) => shorten(row[column] ?? '')).filter(Boolean);
  return (
    <fieldset className="card">
      <legend>{t('import.mapping')}</legend>
      <div className="evidence-fields">
        {IMPORT_FIELDS.map((field) => {
          const column = mapping[field];
          const values = column >= 0 ? samplesOf(column) : [];
          return (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(`import.field.${field}`)}</label>
              <select
                id={`${id}-${field}`}
                value={column}
                aria-describedby={column >= 0 ? `${id}-${field}-samples` : undefined}
                onChange={(event) => onChange({ ...mapping, [field]: Number(event.target.value) })}
              >
                <option value={-1}>{t('import.notImported')}</option>
                {headers.map((header, index) => (
                  <option key={index} value={index}>
                    {header || `#${index + 1}`}
                  </option>
                ))}
              </select>
              {column >= 0 ? (
                <p className="field-hint column-samples" id={`${id}-${field}-samples`}>
                  {values.length > 0
                    ? t('import.samples', {
                        values: values
                          .map((value) => t('import.sampleValue', { value }))
                          .join(' · '),
                      })
                    : t('import.samplesEmpty')}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
