import { Alert, Button, Card, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getForm, type FormWithVersions } from '../../api/forms';
import { errorText } from '../../components/errorText';
import { fromSchema, UnsupportedSchema } from '../../form-renderer/designer/fromSchema';
import type { DesignModel } from '../../form-renderer/designer/types';
import { usePageTitle } from '../../hooks/usePageTitle';
import { FormDesigner } from './FormDesigner';

/** /studio/forms/:key: loads the latest version into the designer. */
export function FormDesignerPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [loaded, setLoaded] = useState<{ form: FormWithVersions; model?: DesignModel; problem?: string }>();
  const [error, setError] = useState<string>();
  usePageTitle(loaded?.form.form.title ?? t('menu.forms'));

  const reload = useCallback(async () => {
    try {
      const form = await getForm(key);
      try {
        setLoaded({ form, model: fromSchema(form.latest.schema) });
      } catch (err) {
        if (!(err instanceof UnsupportedSchema)) throw err;
        setLoaded({ form, problem: err.message });
      }
    } catch (err) {
      setError(errorText(err, t));
    }
  }, [key, t]);
  useEffect(() => void reload(), [reload]);

  if (error) return <Alert type="error" showIcon message={error} action={<Link to="/studio/forms"><Button size="small">{t('common.back')}</Button></Link>} />;
  if (!loaded) return <Spin />;
  if (!loaded.model) return <Card><Alert type="warning" showIcon message={t('forms.designer.unsupported', { reason: loaded.problem })} /></Card>;
  return <FormDesigner key={`${key}:${loaded.form.latest.version}`} loaded={loaded.form} initial={loaded.model} onSaved={reload} />;
}
