import { Alert, Button, Card, Form, Input, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalls, onCallUpdated, placeCall, type Call } from '../../api/calls';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { listWithUpdates, mergeCall, newerOf } from './callList';
import { CallTable } from './CallTable';

/** 坐席电话 / 通话模拟器: the calls going on now, driven by hand while the simulator carries them. */
export function TelephonyPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.telephony'));
  const [calls, setCalls] = useState<Call[]>([]);
  const [showEnded, setShowEnded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [dialing, setDialing] = useState(false);
  // Copies of calls that arrived while the list was being fetched: the list may be older than they are.
  const arrivedMeanwhile = useRef(new Map<string, Call>());

  const load = useCallback((signal?: AbortSignal) => {
    arrivedMeanwhile.current = new Map();
    listCalls({ status: showEnded ? undefined : ['ringing', 'answered'] }, signal)
      .then((items) => (setCalls(listWithUpdates(items, arrivedMeanwhile.current.values())), setError(null)))
      .catch((err: unknown) => !signal?.aborted && setError(err));
  }, [showEnded]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // Live: a call placed or moved anywhere shows at once; one that ends here stays, with its outcome.
  const changed = useCallback((call: Call) => {
    arrivedMeanwhile.current.set(call.id, newerOf(arrivedMeanwhile.current.get(call.id), call));
    setCalls((current) => mergeCall(current, call));
  }, []);
  useEffect(() => onCallUpdated(changed), [changed]);

  const dial = async (values: { to: string; toName?: string }) => {
    setDialing(true);
    try {
      changed(await placeCall(values.to.trim(), values.toName?.trim() || undefined));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setDialing(false);
    }
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('telephony.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('telephony.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
          <Form layout="inline" onFinish={dial}>
            <Form.Item name="to" rules={[{ required: true, message: t('common.required') }]}>
              <Input placeholder={t('telephony.dial.to')} style={{ width: 180 }} aria-label={t('telephony.dial.to')} />
            </Form.Item>
            <Form.Item name="toName">
              <Input placeholder={t('telephony.dial.toName')} style={{ width: 160 }} aria-label={t('telephony.dial.toName')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={dialing}>
              {t('telephony.dial.call')}
            </Button>
          </Form>
          <Space>
            <Switch checked={showEnded} onChange={setShowEnded} aria-label={t('telephony.showEnded')} />
            {t('telephony.showEnded')}
          </Space>
        </Space>
        {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
        <CallTable calls={calls} onChanged={changed} onError={setError} />
      </Card>
    </>
  );
}
