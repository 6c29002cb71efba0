import { DownOutlined } from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Form, Modal, Select, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { linkCallToCase } from '../../api/calls';
import { openCase, type OpenCaseInput } from '../../api/cases';
import { startableTypes, type StartableType } from '../../api/desk';
import { getForm, type FormSchema } from '../../api/forms';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { SchemaForm, useSchemaForm } from '../../form-renderer/SchemaForm';
import { channelLabel } from '../cases/labels';
import { ElderSearch } from './ElderSearch';

export interface PickedElder {
  id: string;
  name: string;
}

/** 新建工单: a menu of the service types the user may start, read from the catalog when opened. `callId`: the call the agent is on, logged on the new case. */
export function NewRequest({ elder, callId }: { elder: PickedElder | null; callId?: string | null }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [types, setTypes] = useState<StartableType[]>();
  const [chosen, setChosen] = useState<StartableType | null>(null);
  const zh = (i18n.resolvedLanguage ?? i18n.language) !== 'en';
  const load = () => void startableTypes(user?.roles ?? []).then(setTypes, () => setTypes([]));
  useEffect(load, [user]);

  const items = (types ?? []).map((type) => ({ key: type.key, label: <span data-testid={`new-request-${type.key}`}>{zh ? type.nameZh : type.nameEn}</span> }));
  return (
    <>
      <Dropdown
        trigger={['click']}
        onOpenChange={(open) => open && load()}
        menu={{ items: items.length ? items : [{ key: '', label: t('desk.request.none'), disabled: true }], onClick: ({ key }) => setChosen(types?.find((x) => x.key === key) ?? null) }}
      >
        <Button type="primary" data-testid="new-request">
          <Space>{t('desk.request.new')}<DownOutlined /></Space>
        </Button>
      </Dropdown>
      {chosen && <RequestModal type={chosen} elder={elder} name={zh ? chosen.nameZh : chosen.nameEn} onClose={() => setChosen(null)} callId={callId} />}
    </>
  );
}

/**
 * A new case of `type` with its intake form. `from` is the case it is opened from (its number goes
 * with the new case as `sourceCaseNumber`); `onOpened` replaces going to the new case; `callId` is the
 * call it is logged from (the call record gets the case).
 */
export function RequestModal({ type, elder, name, onClose, from, onOpened, callId }: { type: StartableType; elder: PickedElder | null; name: string; onClose: () => void; from?: string; onOpened?: (opened: { id: string; caseNumber: string }) => void; callId?: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const channels = type.settings.channels;
  const [channel, setChannel] = useState<OpenCaseInput['channel']>(channels.includes('phone') ? 'phone' : channels[0]);
  const [picked, setPicked] = useState<PickedElder | null>(elder);
  const [schema, setSchema] = useState<FormSchema | null>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useSchemaForm(undefined);

  useEffect(() => {
    if (!type.intakeFormKey) return setSchema(null);
    getForm(type.intakeFormKey).then((found) => setSchema(found.latest.schema), (err: unknown) => (setSchema(null), setError(errorText(err, t))));
  }, [type.intakeFormKey, t]);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await form.validate();
    } catch {
      setBusy(false);
      return;
    }
    try {
      const variables = { ...(form.values as OpenCaseInput['variables']), ...(from ? { sourceCaseNumber: from } : {}) };
      const opened = await openCase({ serviceType: type.key, channel, ...(picked ? { elderId: picked.id } : {}), variables });
      void message.success(t('desk.request.opened', { number: opened.caseNumber }));
      // The case is open either way: a call that could not be linked is only said.
      if (callId) await linkCallToCase(callId, opened.id).catch((err: unknown) => void message.warning(t('desk.request.callNotLinked', { error: errorText(err, t) })));
      onClose();
      if (onOpened) onOpened(opened);
      else navigate(`/cases/${opened.id}`);
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={720} title={t('desk.request.title', { type: name })} onCancel={onClose} onOk={() => void submit()} okText={t('desk.request.submit')} confirmLoading={busy} okButtonProps={{ id: 'new-request-submit' }} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('desk.request.channel')}>
          <Select value={channel} onChange={setChannel} id="new-request-channel" options={channels.map((c) => ({ value: c, label: channelLabel(c, t) }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('desk.request.elder')} help={picked ? undefined : t('desk.request.elderHint')}>
          {picked ? (
            <Space>
              <Tag color="blue" data-testid="new-request-elder">{picked.name}</Tag>
              <Button size="small" onClick={() => setPicked(null)}>{t('desk.request.clearElder')}</Button>
            </Space>
          ) : (
            <ElderSearch onPick={(m) => setPicked({ id: m.elder.id, name: m.elder.name })} />
          )}
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="new-request-error" />}
      <div data-testid="intake-form">
        {schema === undefined ? <Spin /> : schema ? <SchemaForm form={form} schema={schema} /> : <Alert type="info" message={t('desk.request.noForm')} />}
      </div>
    </Modal>
  );
}
