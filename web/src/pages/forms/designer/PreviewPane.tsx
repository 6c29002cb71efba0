import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormSchema } from '../../../api/forms';
import { SchemaForm, useSchemaForm } from '../../../form-renderer/SchemaForm';
import { checkValues } from '../../../form-renderer/serverErrors';

/** The form as a task would show it, with the same validation (formily rules, then the server's). */
export function PreviewPane({ schema }: { schema: FormSchema }) {
  const { t } = useTranslation();
  // A new form per schema: formily settles reactions when fields are created.
  const form = useSchemaForm(undefined, false);
  const [result, setResult] = useState<{ ok: boolean; rest: string[] }>();
  const validate = async () => {
    const checked = await checkValues(form, schema);
    // Problems no field shows (a path the preview has no field for) are listed under the button.
    setResult({ ok: checked.ok, rest: checked.rest.map((p) => `${p.path}: ${p.message}`) });
  };
  return (
    <div data-testid="designer-preview">
      <SchemaForm form={form} schema={schema} />
      <Space>
        <Button onClick={validate} data-testid="preview-validate">{t('forms.designer.validatePreview')}</Button>
        {result?.ok && <Alert type="success" showIcon message={t('forms.designer.previewValid')} data-testid="preview-valid" />}
        {result?.rest.length ? <Alert type="error" showIcon message={result.rest.join('; ')} data-testid="preview-problems" /> : null}
      </Space>
    </div>
  );
}
