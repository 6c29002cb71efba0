import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Relative, Terminal } from '../../api/registry-types';
import { useDictionaries } from '../../hooks/useDictionaries';
import { PhoneList } from './phoneText';

/** Relatives in call order: the first is called first. */
export function ElderRelatives({ relatives }: { relatives: Relative[] }) {
  const { t } = useTranslation();
  const dict = useDictionaries();
  return (
    <Table<Relative>
      size="small"
      rowKey={(r, i) => r.id ?? String(i)}
      pagination={false}
      dataSource={relatives}
      data-testid="elder-relatives"
      columns={[
        { title: t('elders.fields.callOrder'), key: 'order', width: 90, render: (_, r, i) => r.callOrder ?? i + 1 },
        { title: t('elders.fields.name'), dataIndex: 'name' },
        { title: t('elders.fields.relation'), dataIndex: 'relation', render: (c: string) => dict.label('relation_type', c) },
        { title: t('elders.fields.phones'), dataIndex: 'phones', render: (phones: Relative['phones']) => <PhoneList phones={phones} /> },
        { title: t('elders.fields.livesNearby'), dataIndex: 'livesNearby', render: (near: boolean) => (near ? <Tag color="blue">{t('common.yes')}</Tag> : t('common.no')) },
      ]}
    />
  );
}

/** Terminals with what each button means when it rings. */
export function ElderTerminals({ terminals }: { terminals: Terminal[] }) {
  const { t } = useTranslation();
  const dict = useDictionaries();
  return (
    <Table<Terminal>
      size="small"
      rowKey={(r, i) => r.id ?? String(i)}
      pagination={false}
      dataSource={terminals}
      columns={[
        { title: t('elders.fields.terminalType'), dataIndex: 'type', render: (c: string) => dict.label('terminal_type', c) },
        { title: t('elders.fields.terminalNumber'), dataIndex: 'number', render: (n: string | null) => n ?? '—' },
        { title: t('elders.fields.deviceId'), dataIndex: 'deviceId', render: (d: string | null) => d ?? '—' },
        {
          title: t('elders.fields.buttons'),
          dataIndex: 'buttons',
          render: (buttons: Terminal['buttons']) => (buttons.length ? buttons.map((b) => <Tag key={b.button}>{`${b.button} → ${b.meaning}`}</Tag>) : '—'),
        },
      ]}
    />
  );
}
