import { createForm } from '@formily/core';
import { Card, Empty } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getForm, type FormWithVersions } from '../../api/forms';
import { SchemaForm } from '../../form-renderer/SchemaForm';

/** The form a selected user task is bound to, as the worker will see it (read-only). */
export function FormPreview({ formKey }: { formKey: string | null }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<FormWithVersions | null>(null);
  const form = useMemo(() => createForm({ readPretty: true }), [loaded]);

  useEffect(() => {
    setLoaded(null);
    if (formKey) getForm(formKey).then(setLoaded, () => setLoaded(null));
  }, [formKey]);

  if (!formKey) return null;
  return (
    <Card size="small" title={t('processDesign.designer.formPreview', { title: loaded?.form.title ?? formKey })} data-testid="design-form-preview">
      {loaded ? <SchemaForm form={form} schema={loaded.latest.schema} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </Card>
  );
}
