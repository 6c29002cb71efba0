import { Alert, App, Button, Card, Flex, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { createElder, updateElder } from '../../api/elders';
import { applyFieldProblems, fieldProblems, problemText, type FieldProblem } from '../../api/fieldErrors';
import { errorText } from '../../components/errorText';
import { ElderBasicFields } from './ElderBasicFields';
import { ElderHealthFields } from './ElderHealthFields';
import { toElderInput, type ElderFormValues } from './elderFormValues';
import { RelativesEditor } from './RelativesEditor';
import { TerminalsEditor } from './TerminalsEditor';

// "needs a number or a device id" is about the whole terminal: show it on its number field.
const terminalAlias = (path: string) => (/^terminals\.\d+$/.test(path) ? `${path}.number` : path);

interface ElderEditorProps {
  /** Absent for a new file. */
  id?: string;
  version?: number;
  initialValues: ElderFormValues;
  /** Loads the file again (after a 409: someone else saved it meanwhile). */
  onReload: () => void;
}

/** The form with its save: server field errors land on the fields they name. */
export function ElderEditor({ id, version, initialValues, onReload }: ElderEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ElderFormValues>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [otherProblems, setOtherProblems] = useState<FieldProblem[]>([]);

  const save = async (values: ElderFormValues) => {
    setSaving(true);
    setSaveError(null);
    setOtherProblems([]);
    try {
      const input = toElderInput(values);
      const saved = id && version !== undefined ? await updateElder(id, input, version) : await createElder(input);
      message.success(t('common.saved'));
      navigate(`/elders/${saved.id}`, { replace: !!id });
    } catch (err) {
      const problems = fieldProblems(err);
      if (problems.length > 0) setOtherProblems(applyFieldProblems(form, problems, terminalAlias));
      setSaveError(err);
    } finally {
      setSaving(false);
    }
  };

  const stale = saveError instanceof ApiError && saveError.status === 409;
  const invalid = saveError instanceof ApiError && saveError.status === 400;
  return (
    <>
      {stale && (
        <Alert type="warning" showIcon data-testid="elder-stale" style={{ marginBottom: 16 }} message={t('elders.form.stale')} action={<Button onClick={onReload}>{t('common.reload')}</Button>} />
      )}
      {invalid && (
        <Alert
          type="error"
          showIcon
          data-testid="elder-form-errors"
          style={{ marginBottom: 16 }}
          message={t('elders.form.fixErrors')}
          description={otherProblems.length > 0 && <ul style={{ margin: 0 }}>{otherProblems.map((p) => <li key={p.path + p.message}>{`${p.path}: ${problemText(p)}`}</li>)}</ul>}
        />
      )}
      {!!saveError && !stale && !invalid && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorText(saveError, t)} />}
      <Form<ElderFormValues> form={form} name="elder" layout="vertical" initialValues={initialValues} onFinish={(v) => void save(v)} scrollToFirstError>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={t('elders.tabs.basic')}>
            <ElderBasicFields />
          </Card>
          <Card title={t('elders.tabs.health')}>
            <ElderHealthFields />
          </Card>
          <Card title={t('elders.tabs.relatives')}>
            <RelativesEditor />
          </Card>
          <Card title={t('elders.tabs.terminals')}>
            <TerminalsEditor />
          </Card>
          <Flex gap={8} justify="end" className="form-footer">
            <Button onClick={() => navigate(id ? `/elders/${id}` : '/elders')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="elder-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Space>
      </Form>
    </>
  );
}
