import { useId } from 'react';
import { IMPORT_FIELDS, type ColumnMapping } from '../../domain/csv-import';
import { useT } from '../../hooks/use-t';

type Props = {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

export function ColumnMappingFields({ headers, mapping, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="card">
      <legend>{t('import.mapping')}</legend>
      <div className="evidence-fields">
        {IMPORT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`import.field.${field}`)}</label>
            <select
              id={`${id}-${field}`}
              value={mapping[field]}
              onChange={(event) => onChange({ ...mapping, [field]: Number(event.target.value) })}
            >
              <option value={-1}>{t('import.notImported')}</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `#${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
