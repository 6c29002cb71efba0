import { checkSchema } from '../../../form-renderer/shared';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormSchema } from '../../../api/forms';
import { fromSchema, UnsupportedSchema } from '../../../form-renderer/designer/fromSchema';
import type { DesignModel } from '../../../form-renderer/designer/types';

interface Props {
  schema: FormSchema;
  onApply: (model: DesignModel) => void;
}

/** The schema as JSON for experts; an edit is accepted only if the server's gate and the designer take it. */
export function JsonPane({ schema, onApply }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(schema, null, 2));
  const [problems, setProblems] = useState<string[]>([]);
  const apply = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return setProblems([t('forms.designer.jsonInvalid')]);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return setProblems([t('forms.designer.jsonInvalid')]);
    const found = checkSchema(parsed as FormSchema);
    if (found.length > 0) return setProblems(found.map((p) => `${p.path}: ${p.message}`));
    try {
      onApply(fromSchema(parsed as FormSchema));
      setProblems([]);
    } catch (err) {
      if (!(err instanceof UnsupportedSchema)) throw err;
      setProblems([t('forms.designer.unsupported', { reason: err.message })]);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 16, maxRows: 40 }} style={{ fontFamily: 'monospace' }} data-testid="designer-json" />
      {problems.length > 0 && <Alert type="error" showIcon message={t('forms.designer.problems')} description={problems.join('\n')} style={{ whiteSpace: 'pre-line' }} data-testid="designer-json-problems" />}
      <Button onClick={apply} data-testid="designer-json-apply">{t('forms.designer.applyJson')}</Button>
    </Space>
  );
}
